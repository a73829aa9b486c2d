export * from './domain'
export * from './export'
export * from './spotter'
export * from './remaining'
