import type { ChannelInput, ChannelName, ChannelOutput, GalleyApi } from '@shared/contract'
import { ApiError } from './errors'

/** Calls one channel and returns its value; a refusal is thrown as an ApiError. */
export async function call<C extends ChannelName>(
  api: GalleyApi,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const envelope = await api.invoke(channel, input)
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message)
  return envelope.value
}
