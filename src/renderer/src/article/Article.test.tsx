import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Article } from './Article'

const BODY = `# The Headline

Some *emphasis*, some **strong** and a [shop link](https://shop.example/a).

> A quoted line.

- one
- two

![A jar of cream](jar.png)
`

function renderArticle(body: string) {
  return render(<Article body={body} label="Article" />)
}

describe('Article', () => {
  it('renders headings, emphasis, strong, blockquotes and lists', () => {
    renderArticle(BODY)
    expect(screen.getByRole('heading', { level: 1, name: 'The Headline' })).toBeTruthy()
    expect(screen.getByText('emphasis').closest('em')).toBeTruthy()
    expect(screen.getByText('strong').closest('strong')).toBeTruthy()
    expect(screen.getByText('A quoted line.').closest('blockquote')).toBeTruthy()
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two'])
  })

  it('shows a link as text with its address in a title, never as a live link', () => {
    const { container } = renderArticle(BODY)
    expect(container.querySelector('a')).toBeNull()
    expect(screen.queryByRole('link')).toBeNull()
    const link = screen.getByText('shop link').closest('.article-link')
    expect(link?.getAttribute('title')).toBe(
      'https://shop.example/a (links are not followed from Galley)',
    )
  })

  it('shows an image as a small placeholder with its alt text', () => {
    const { container } = renderArticle(BODY)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('[image: A jar of cream]')).toBeTruthy()
  })

  it('puts each text node’s body offsets on it', () => {
    renderArticle(BODY)
    for (const text of ['The Headline', 'emphasis', 'shop link', 'A quoted line.']) {
      const el = screen.getByText(text)
      const start = Number(el.getAttribute('data-start'))
      const end = Number(el.getAttribute('data-end'))
      expect(BODY.slice(start, end)).toBe(text)
    }
  })

  it('shows HTML in a body as text and runs none of it', () => {
    const body =
      'Before <script>window.pwned = true</script> after\n\n<img src=x onerror="alert(1)">'
    const { container } = renderArticle(body)
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toContain('<script>window.pwned = true</script>')
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">')
    expect((window as { pwned?: boolean }).pwned).toBeUndefined()
  })

  it('says so when a revision has no text', () => {
    renderArticle('')
    expect(screen.getByText('This revision has no text yet.')).toBeTruthy()
  })
})

describe('Article, long bodies', () => {
  it('renders a long body in steps and says when all of it is in the DOM', async () => {
    const paragraphs = Array.from(
      { length: 1500 },
      (_, i) => `Paragraph ${i}: the council voted on the ferry fares again.`,
    )
    const body = paragraphs.join('\n\n')
    const calls: boolean[] = []
    const { container } = render(
      <Article
        body={body}
        label="Article"
        onRendered={(_el, b, complete) => {
          expect(b).toBe(body)
          calls.push(complete)
        }}
      />,
    )
    // The opening first, the rest in later tasks.
    expect(container.querySelectorAll('p').length).toBeLessThan(1500)
    await waitFor(() => expect(container.querySelectorAll('p')).toHaveLength(1500))
    await waitFor(() => expect(calls).toEqual([false, true]))
    expect(container.querySelector('article')?.getAttribute('aria-busy')).toBe('false')
    expect(
      screen.getByText('Paragraph 1499: the council voted on the ferry fares again.'),
    ).toBeTruthy()
  })
})
