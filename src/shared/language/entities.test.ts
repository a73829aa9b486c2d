import { describe, expect, it } from 'vitest'
import { findPeople } from '../quotes/attribute'
import { readDocument } from './document'

const kinds = (text: string) =>
  Object.fromEntries(readDocument(text).entities.map((e) => [e.name, e.kind]))

describe('entity typing: places and groups are not people', () => {
  it('takes a name opened by a place word (Sankt, Port, Fort, Mount, Lake, Saint) for a place', () => {
    const k = kinds(
      'She grew up in Port Marlow and moved to Fort Keller. Researchers from Mount Carrow tested it. ' +
        'The pilot ran near Lake Orrin. "Never," said Saint Aurel.',
    )
    expect(k['Port Marlow']).toBe('place')
    expect(k['Fort Keller']).toBe('place')
    expect(k['Mount Carrow']).toBe('place')
    expect(k['Lake Orrin']).toBe('place')
    expect(k['Saint Aurel']).toBe('place')
  })

  it('keeps an institution named after a place an organisation, and a person with such a surname a person', () => {
    const k = kinds(
      'A team at the University of Sankt Aurel fermented it. The trial ran at Sankt Aurel Hospital. ' +
        'Dr. Lena Sankt said it works.',
    )
    expect(k['University of Sankt Aurel']).toBe('organisation')
    expect(k['Sankt Aurel Hospital']).toBe('organisation')
    expect(k['Lena Sankt']).toBe('person')
  })

  it('types a small business or a newspaper by its last word (Dairy, Apiary, Roasters, Courier)', () => {
    const k = kinds(
      'The queue for Wenlock Dairy starts early. Honey comes from Tarrow Apiary, coffee from ' +
        'Hale Street Roasters. The Marrick Courier reported it.',
    )
    expect(k['Wenlock Dairy']).toBe('organisation')
    expect(k['Tarrow Apiary']).toBe('organisation')
    expect(k['Hale Street Roasters']).toBe('organisation')
    expect(k['Marrick Courier']).toBe('organisation')
  })

  it('keeps an institution named "Centre for …" or "Institute for …" whole, an organisation', () => {
    const k = kinds(
      'A trial run by the Centre for Healthy Ageing at Orrin University ended. The Institute for Fiscal Studies agreed.',
    )
    expect(k['Centre for Healthy Ageing']).toBe('organisation')
    expect(k['Institute for Fiscal Studies']).toBe('organisation')
    // Every word a name joins over "for" (mentions.ts) is an institution word: "Campaign for …"
    // had been one name typed as a person, for want of organisation evidence.
    const c = kinds('Campaign for Better Sleep said it was surprised.')
    expect(c['Campaign for Better Sleep']).toBe('organisation')
  })

  it('keeps "X of A and B" one institution, and two whole institutions two', () => {
    // After "of" or "for" the word before "and" is the field, not the institution's own word.
    const k = kinds(
      'The Marlow Department of Water and Coastal Services issued the notice. ' +
        'A poll by the Centre for Media and Public Policy Research agreed.',
    )
    expect(k['Marlow Department of Water and Coastal Services']).toBe('organisation')
    expect(k['Centre for Media and Public Policy Research']).toBe('organisation')
    expect(Object.keys(k)).not.toContain('Coastal Services')
    expect(Object.keys(k)).not.toContain('Public Policy Research')
    const two = kinds(
      'The trial was run by Westley College and Harrow Pharma. Staff of the University of ' +
        'Carrow and the Pellcourt Institute helped.',
    )
    expect(two['Westley College']).toBe('organisation')
    expect(two['Harrow Pharma']).toBe('organisation')
    expect(two['University of Carrow']).toBe('organisation')
    expect(two['Pellcourt Institute']).toBe('organisation')
  })

  it('does not take a postscript’s or a note’s label with the word after it for a name', () => {
    const k = kinds('P.S. Housekeeping, since you asked: I moved. NB: Tess Wren called.')
    expect(Object.keys(k)).not.toContain('P.S. Housekeeping')
    expect(k['Tess Wren']).toBe('person')
  })

  it('reads "from X" as a place unless X opens with a first name', () => {
    const k = kinds('Visitors from Elmsford Downs came too. A letter from Tobias Renn arrived.')
    expect(k['Elmsford Downs']).toBe('place')
    expect(k['Tobias Renn']).toBe('person')
  })

  it('does not take a plural noun for people opening a sentence for a name', () => {
    const k = kinds(
      'Participants who applied the serum saw results. Farmers who grow it say so. ' +
        'Hattie who wrote it agreed. Brennock who edited it agreed.',
    )
    expect(k['Participants']).not.toBe('person')
    expect(k['Farmers']).not.toBe('person')
    expect(k['Hattie']).toBe('person')
    expect(k['Brennock']).toBe('person')
  })

  it('does not take an ordinary word opening its sentence for a name', () => {
    const doc = readDocument(
      'She took a beekeeping course. Beekeeping looks gentle, she says. Business: Hillcrest Beekeeping. ' +
        'Tom Baker runs the shop beside the baker. Baker said he would close.',
    )
    const names = doc.mentions.map((m) => m.name)
    expect(names).not.toContain('Beekeeping')
    expect(names).toContain('Hillcrest Beekeeping')
    // A person's surname is still their name, even where the text also uses it as a word.
    expect(doc.entities.find((e) => e.name === 'Tom Baker')?.mentions).toHaveLength(2)
  })

  it('types a name set after an institution noun and a comma an organisation', () => {
    const k = kinds(
      'Her school, Open Sky Kiting, sits above the bay. He founded a club, Tidewater Sculling, in 2019. ' +
        'Her neighbour, Lila Park, agreed.',
    )
    expect(k['Open Sky Kiting']).toBe('organisation')
    expect(k['Tidewater Sculling']).toBe('organisation')
    expect(k['Lila Park']).toBe('person')
  })

  it('leaves a person who opens the clause after a fronted phrase with a venue noun', () => {
    const k = kinds(
      'The quietest bench in the gallery, Corin Maddox maintains, is the one under the skylight. ' +
        'Everyone at the club, Petra Loame included, stayed for the vote.',
    )
    expect(k['Corin Maddox']).not.toBe('organisation')
    expect(k['Petra Loame']).not.toBe('organisation')
  })

  it('keeps a one-word name that is also an ordinary word where nothing longer ends in it', () => {
    // "Haven" is no short form of anything here: the charity stays a name.
    const haven = readDocument(
      'Families wait months for a place in a safe haven. Haven said the county had lost its beds.',
    )
    expect(haven.mentions.map((m) => m.name)).toContain('Haven')
    // A surname after a first name no list knows, named in full first: still the person's.
    const wells = readDocument(
      'Most farms sank new wells after the drought. The firm that dug them belongs to Wystan Wells. ' +
        'Wells started with one rig in 1988.',
    )
    expect(wells.entities.find((e) => e.name === 'Wystan Wells')?.mentions).toHaveLength(2)
    // Shown to be a name where it stands (an apposition, a verb of saying), even with a longer
    // name ending in it that is no person's.
    const beacon = readDocument(
      'The lighthouse has no beacon now. Beacon, the youth charity, wants it lit. ' +
        'Beacon says the cost is small.\n\n- Charity: Open Sky Beacon, Carrick',
    )
    expect(beacon.mentions.filter((m) => m.name === 'Beacon')).toHaveLength(2)
  })

  it('proposes none of them as people named in a draft', () => {
    const names = findPeople(
      [
        'The idea is not new. In 2019 a team at the University of Sankt Aurel fermented the extract.',
        '',
        'A smaller pilot in Sankt Aurel in 2022 found similar results, says Priya Castellane.',
        '',
        'Participants who applied the serum twice a day saw fewer lines. Visitors from Port Marlow agreed.',
      ].join('\n'),
    ).map((p) => p.name)
    expect(names).toEqual(['Priya Castellane'])
  })
})

describe('entity typing: a company that speaks is still a company', () => {
  it('reads a hyphenated apposition, what it owns and "its" as an organisation’s, over its verbs of saying', () => {
    const k = kinds(
      'Harlow Vane says its new Lumen 2 lamp saves power. Harlow Vane, the Tresk-based lighting company, ' +
        'launched it on Monday. “It is our best lamp,” Harlow Vane’s chief executive, Ada Quill, said. ' +
        'Harlow Vane said sales rose. Harlow Vane’s shares rose 3 percent, Harlow Vane said.',
    )
    expect(k['Harlow Vane']).toBe('organisation')
    expect(k['Ada Quill']).toBe('person')
  })

  it('joins an institution’s name over “and” and a plural possessive, not a person and a council', () => {
    const k = kinds(
      'The Coastal Fire and Ambulance Service sent two crews. Members of the Dairy Farmers’ Cooperative met at the Port of Seldon Authority. ' +
        'Ana Pirelli and Harbour Council disagreed.',
    )
    expect(k['Coastal Fire and Ambulance Service']).toBe('organisation')
    expect(k['Dairy Farmers’ Cooperative']).toBe('organisation')
    expect(k['Port of Seldon Authority']).toBe('organisation')
    expect(k['Ana Pirelli']).toBe('person')
    expect(k['Harbour Council']).toBe('organisation')
  })

  it('takes a name with a vintage or model year and a price for a product, even with a first name inside', () => {
    const k = kinds(
      'Harrowgate Estate Riesling 2019, £14.50\n\nCasa Norte Jorge Tempranillo 2020, £9\n\nA cold Riesling is best.',
    )
    expect(k['Harrowgate Estate Riesling']).toBe('product')
    expect(k['Casa Norte Jorge Tempranillo']).toBe('product')
  })

  it('takes a name where things are or where a journey ends for a place, however often it is named', () => {
    const k = kinds(
      'We see Tarrow Beg first. I sail to Tarrow Beg at dawn. Tarrow Beg is the steep one. ' +
        'The bothy on Tarrow Beg sleeps six. Signal is poor on Tarrow Beg. ' +
        'On Quillan, population 58, the shop opens at nine.',
    )
    expect(k['Tarrow Beg']).toBe('place')
    expect(k['Quillan']).toBe('place')
  })

  it('reads a surname that modifies a noun ("the Rensley family") as a person’s', () => {
    const k = kinds(
      'The dairy has been in the Rensley family since 1950. Aino Rensley pours the milk. ' +
        'The Rensley brothers keep the goats.',
    )
    expect(k['Aino Rensley']).toBe('person')
  })

  it('takes a name that opens with an institution word before "of" for an organisation', () => {
    const k = kinds(
      'Dr. Piet Halloran, a professor at the University of Wendmere who was not involved, called it promising. ' +
        'The Bank of Carrow declined to comment.',
    )
    expect(k['University of Wendmere']).toBe('organisation')
    expect(k['Bank of Carrow']).toBe('organisation')
  })

  it('takes a street name (Row, Terrace, Mews, Crescent, Wharf) for a place', () => {
    const k = kinds(
      'When the mill shut she took a room on Salter Row for what she assumed would be a month. ' +
        'He rents a flat on Pellow Terrace, where he says he sleeps badly.',
    )
    expect(k['Salter Row']).toBe('place')
    expect(k['Pellow Terrace']).toBe('place')
  })

  it('reads a thing from its apposition past a participle, and from its price', () => {
    const k = kinds(
      'Volunteers drank Orvane Brisk, a fermented oat drink, every morning. ' +
        'Tallow Crumb, a slow-baked rye biscuit, is new. Fenwick Loaf costs £2.40 at most bakers.',
    )
    expect(k['Orvane Brisk']).toBe('product')
    expect(k['Tallow Crumb']).toBe('product')
    expect(k['Fenwick Loaf']).toBe('product')
  })

  it('still takes a person in apposition with a plain person noun for a person', () => {
    const k = kinds(
      'Marta Kell, a retired widow, said the bus was late. Idris Vane, a former miner, agreed.',
    )
    expect(k['Marta Kell']).toBe('person')
    expect(k['Idris Vane']).toBe('person')
  })
})

describe('entity typing: a product named like a person', () => {
  it('is a thing when the text always sets it after an article or a possessive', () => {
    const text =
      '## The machine: Orvane Lena Duo\n\nThe Lena Duo has two boilers. I pull a shot on the Lena Duo every morning.\n\nThe Lena Duo was sent to me by Orvane.\n'
    expect(kinds(text)['Lena Duo']).toBe('product')
  })

  it('stays a person with a real title, a verb of saying or a bare mention', () => {
    expect(kinds('Dr. Lena Duo runs the clinic. The Lena Duo we met was kind.\n')['Lena Duo']).toBe(
      'person',
    )
    expect(
      kinds('The Lena Duo I knew was kind. “Hello,” said Lena Duo. The Lena Duo smiled.\n')[
        'Lena Duo'
      ],
    ).toBe('person')
  })
})

describe('entity typing: what a discount is taken off', () => {
  it('is for sale, however often its two-word name is repeated', () => {
    const text =
      'Morning starts with Brindle Greens in water. Brindle Greens tastes of apples.\n\nUse code JO15 for 15% off Brindle Greens.\n'
    expect(kinds(text)['Brindle Greens']).toBe('product')
    expect(
      kinds('I love Brindle Greens. Brindle Greens is great. Get £5 off Brindle Greens.\n')[
        'Brindle Greens'
      ],
    ).toBe('product')
  })

  it('leaves a person a person: a discount given to someone is no sale of them', () => {
    expect(kinds('Ana Ruiz, who runs the shop, took 10% off Tom Hale’s bill.\n')['Ana Ruiz']).toBe(
      'person',
    )
  })
})

describe('possessive pronouns opening a sentence', () => {
  it('are no names: "Mine, the Curlew Room, had a bath"', () => {
    const k = kinds('There are six rooms. Mine, the Heron Room, had a bath. Yours may not.\n')
    expect(k['Mine']).toBeUndefined()
    expect(k['Yours']).toBeUndefined()
  })
})

describe('entity typing: a she/him clause after a second person named', () => {
  it('keeps "X took over … from Y, and she pays him" X’s own pronoun', () => {
    const genders = (text: string) =>
      Object.fromEntries(readDocument(text).entities.map((e) => [e.name, [e.kind, e.gender]]))
    const a = genders(
      'Quenna Dovel took over the pottery from Tomas Grell in 2021, and she still pays him rent.',
    )
    expect(a['Quenna Dovel']).toEqual(['person', 'female'])
    expect(a['Tomas Grell']).toEqual(['person', 'male'])
    const b = genders(
      'Brannoc Fell bought the boatyard from Helen Tait, and he sends her a share of every sale.',
    )
    expect(b['Brannoc Fell']).toEqual(['person', 'male'])
    expect(b['Helen Tait']).toEqual(['person', 'female'])
    // With nobody else named, the pronouns are someone else acting on the name (as before).
    const c = genders('Her cousin, Piran Orrow, owns the timber yard, and she buys from him.')
    expect(c['Piran Orrow']?.[1]).not.toBe('female')
  })
})

describe('two first names sharing a surname', () => {
  it('names the first in full also when the second first name is not a known one', () => {
    const names = (text: string) => readDocument(text).entities.map((e) => e.name)
    expect(
      names('The inn is run by Helen and Bjørnar Hallstrøm-Vik. "We open at dawn," Helen said.'),
    ).toContain('Helen Hallstrøm-Vik')
    expect(names('The mill belongs to Ruth and Oisín Tallack. Ruth bought it in 1998.')).toContain(
      'Ruth Tallack',
    )
    // An organisation after "and" lends no surname, nor does a place's or a team's name.
    expect(names('Ruth and Tallack Press signed the lease.')).not.toContain('Ruth Press')
    expect(names('Chelsea and West Ham meet on Saturday.')).not.toContain('Chelsea Ham')
    expect(names('Florence and New Carrow are twinned.')).not.toContain('Florence Carrow')
  })
})

describe('a possessive inside an institution’s name', () => {
  it('keeps "St Wenna’s Hospital" and "Queen’s College" whole, not a place and a person', () => {
    const k = kinds(
      'Dr. Ines Varga, a surgeon at St Wenna’s Hospital, disagreed. He trained at Queen’s College. ' +
        '"It is early," she said.',
    )
    expect(k['St Wenna’s Hospital']).toBe('organisation')
    expect(k['Queen’s College']).toBe('organisation')
    expect(k['Hospital']).toBeUndefined()
  })

  it('leaves a brand’s possessive before its product apart', () => {
    expect(Object.keys(kinds('Halden’s Velvet Balm sold out in March.'))).toContain('Halden')
  })

  it('leaves a person’s possessive before what they run or work for apart', async () => {
    const { findQuotes } = await import('../quotes/find')
    const { attributeSpeakers } = await import('../quotes/speakers')
    const text =
      'Ivo Brandt’s Harbour Bakery has opened at 5am every day since 1994. “We never closed,” Brandt said. ' +
      'Last year Brandt’s Carrow Rowing Club crew won. ' +
      'Nell Ashdown’s Linhaven University team tested the flour. “It is the best rye we have seen,” she said.'
    const k = kinds(text)
    expect(k['Ivo Brandt']).toBe('person')
    expect(k['Nell Ashdown']).toBe('person')
    const doc = readDocument(text)
    const speakers = attributeSpeakers(doc, findQuotes(doc)).map((s) => s.speaker)
    expect(speakers).toEqual(['Ivo Brandt', 'Nell Ashdown'])
  })
})

describe('laws', () => {
  it('are nobody: a "he" after a law is the man named before it', async () => {
    const { findQuotes } = await import('../quotes/find')
    const { attributeSpeakers } = await import('../quotes/speakers')
    const text =
      'Inspector Rhys Talbot-Greer led the inquiry. He said charges would follow under the Recovery of Losses Act. ' +
      'He said the company would have to pay ‘whatever the court decides’ to the anglers’ club.'
    const doc = readDocument(text)
    expect(kinds(text)['Losses Act']).not.toBe('person')
    const speakers = attributeSpeakers(doc, findQuotes(doc)).map((s) => s.speaker)
    expect(speakers).toEqual(['Rhys Talbot-Greer'])
  })
})

describe('names joined by "&", or cut at a sentence’s opening word', () => {
  it('keeps a name joined by "&" one organisation, also where its first word reads as a verb', () => {
    const text = 'Spoke & Street is an independent magazine. I love Spoke & Street.'
    expect(kinds(text)['Spoke & Street']).toBe('organisation')
    expect(readDocument(text).mentions.map((m) => m.name)).toEqual([
      'Spoke & Street',
      'Spoke & Street',
    ])
    expect(kinds('Wove & Thread sells yarn.')['Wove & Thread']).toBe('organisation')
  })

  it('joins a sentence’s opening word to the name after it when the text writes the two as one name', () => {
    const names = (text: string) => readDocument(text).mentions.map((m) => m.name)
    expect(
      names('The ferry is run by Explore Tallowmere. Explore Tallowmere also sells the tickets.'),
    ).toEqual(['Explore Tallowmere', 'Explore Tallowmere'])
    // Not an order the text never writes as a name, nor a function word.
    expect(
      names('The ferry reaches Tallowmere at noon. Explore Tallowmere on foot.'),
    ).not.toContain('Explore Tallowmere')
    expect(names('I met Ana Brisk at the quay. With Ana Brisk came her dog.')).toEqual([
      'Ana Brisk',
      'Ana Brisk',
    ])
  })
})

describe('organisation-like names are not people', () => {
  it('types a verb-led body ("Visit X", "Explore X") by how the text uses it', () => {
    const k = kinds(
      'Ada Voss, chief executive of Visit Harrowby, wants more winter visitors. ' +
        'The guide was sponsored by Explore Tallowmere. Discover Brenlow runs the ferry. ' +
        'You can buy the tickets from Discover Brenlow at the quay. With thanks to Discover Brenlow.',
    )
    expect(k['Visit Harrowby']).toBe('organisation')
    expect(k['Explore Tallowmere']).toBe('organisation')
    expect(k['Discover Brenlow']).toBe('organisation')
    expect(k['Ada Voss']).toBe('person')
    // A site named by its words run together says a body runs it.
    expect(
      kinds('Book through Savour Pellham. Details at savourpellham.example.')['Savour Pellham'],
    ).toBe('organisation')
  })

  it('keeps a verb-led body whole where it opens a sentence, when the text names it so elsewhere', () => {
    const k = kinds(
      'The ferry is run by Explore Tallowmere. Explore Tallowmere also sells the tickets.',
    )
    expect(k['Explore Tallowmere']).toBe('organisation')
    expect(Object.keys(k)).not.toContain('Tallowmere')
    // An order opening a sentence is no person ("Visit" is nobody's first name).
    expect(kinds('Visit Tallowmere in May. It is quiet.')['Visit Tallowmere']).not.toBe('person')
  })

  it('types a masthead an organisation, also with its country after it on a nav line', () => {
    const k = kinds('Lantern Monthly UK breaks Islands Food & drink\n\nI read the Harbury Weekly.')
    expect(k['Lantern Monthly UK']).toBe('organisation')
    expect(k['Harbury Weekly']).toBe('organisation')
  })
})

describe('institution words in the plural, before "of", and for joint bodies', () => {
  it('types a chain, a partnership or a works "of" a place an organisation', () => {
    const k = kinds(
      'Tarrow Hearing Clinics opened a branch on the quay. A spokesman for the Wenlow and ' +
        'Pell Safeguarding Partnership said a review would follow. The pier was built by the ' +
        'Marrick Iron Company of Pellow Bay, and the Orrin Water Collaboration paid for it.',
    )
    expect(k['Tarrow Hearing Clinics']).toBe('organisation')
    expect(k['Wenlow and Pell Safeguarding Partnership']).toBe('organisation')
    expect(k['Marrick Iron Company of Pellow Bay']).toBe('organisation')
    expect(k['Orrin Water Collaboration']).toBe('organisation')
  })

  it('leaves a surname that is a plural of such a word a person’s', () => {
    const k = kinds('Aurelio Banks said he agreed. Later Ana Mills said she was happy.')
    expect(k['Aurelio Banks']).toBe('person')
    expect(k['Ana Mills']).toBe('person')
  })
})

describe('a company named before the title of the one who runs it', () => {
  it('types "X chief executive Y", "X founder Y" an organisation, and a tie with a person’s use a company', () => {
    const k = kinds(
      'Quillmark unveiled the tablet on Tuesday. “We spent a year on the pen,” Quillmark chief ' +
        'executive Tamsin Hale told the audience. Quillmark says the pen is faster. The ' +
        'Orvo founder Tom Bell agreed.',
    )
    expect(k['Quillmark']).toBe('organisation')
    expect(k['Orvo']).toBe('organisation')
    expect(k['Tamsin Hale']).toBe('person')
    expect(k['Tom Bell']).toBe('person')
  })

  it('leaves owners, and a name with a first name or a pronoun, alone', () => {
    const k = kinds('Pet owners should brush daily. Ana Ruiz says she is the chief executive now.')
    expect(k['Pet']).not.toBe('organisation')
    expect(k['Ana Ruiz']).toBe('person')
  })
})

describe('a product model’s word after a brand’s name', () => {
  it('types "X Mini", "X Y Pro", "X Go" a product, not a person or a company', () => {
    const k = kinds(
      'We mowed with the Pockett Mini for a month. The Brellan Arc Pro was louder, and ' +
        'Tuftly Go was the cheapest. Ana Max, who tested them, said she preferred the first.',
    )
    expect(k['Pockett Mini']).toBe('product')
    expect(k['Brellan Arc Pro']).toBe('product')
    expect(k['Tuftly Go']).toBe('product')
    expect(k['Ana Max']).toBe('person')
  })
})

describe('a credit that people are given too', () => {
  it('keeps a photographer or a helper credited "courtesy of" or "thanks to" a person', () => {
    const k = kinds(
      'Photographs courtesy of Osric Tamblyn. Tamblyn has photographed the quay for years. ' +
        'With thanks to Merrin Cowle, who lent us her boat. Maps courtesy of Idwal Penhale.',
    )
    expect(k['Osric Tamblyn']).not.toBe('organisation')
    expect(k['Merrin Cowle']).not.toBe('organisation')
    expect(k['Idwal Penhale']).not.toBe('organisation')
    // A verb-led body is still typed by the credit.
    expect(
      kinds('The maps in this guide are courtesy of Discover Brenlow, which runs the ferry.')[
        'Discover Brenlow'
      ],
    ).toBe('organisation')
  })

  it('gives a credited photographer his quote', async () => {
    const { findQuotes } = await import('../quotes/find')
    const { attributeSpeakers } = await import('../quotes/speakers')
    const text =
      'Photographs courtesy of Osric Tamblyn.\n\nOsric Tamblyn has photographed the harbour for ' +
      'twenty years. “The light in January is the best of the year,” he said.'
    const doc = readDocument(text)
    expect(attributeSpeakers(doc, findQuotes(doc)).map((s) => s.speaker)).toEqual(['Osric Tamblyn'])
  })
})

describe('a person whose surname is a place’s or an institution’s word', () => {
  it('stays a person with a first name, a title or a pronoun', () => {
    const k = kinds(
      'Ama Castle said she had fished there for years. Dr. Rosa Hill agreed. ' +
        'Tomas Mill, 61, runs the boatyard. Later Castle said the catch was down.',
    )
    expect(k['Ama Castle']).toBe('person')
    expect(k['Rosa Hill']).toBe('person')
    expect(k['Tomas Mill']).toBe('person')
  })

  it('leaves a hall or a mill with no person’s evidence an organisation', () => {
    const k = kinds(
      'The concert at Victoria Hall sold out. Stone Mill sells flour. Victoria Hall said it would reopen.',
    )
    expect(k['Victoria Hall']).toBe('organisation')
    expect(k['Stone Mill']).toBe('organisation')
  })
})

describe('what the typing is for downstream', () => {
  it('lets the thanks frame read a thank-you to a verb-led body as a vague disclosure', async () => {
    const { readStatements } = await import('../legal/statements')
    const body =
      '# Two days on Harrowby\n\nBy Nell Garrow\n\n“Winter is our quiet season,” said Ada Voss, ' +
      'chief executive of Visit Harrowby.\n\nMore at visitharrowby.example.\n\nWith thanks to Visit Harrowby.\n'
    const doc = readDocument(body)
    const found = readStatements({
      doc,
      quotes: [],
      people: [],
      brandKeys: new Set(),
      leadBrand: null,
    }).map((s) => `${s.kind}/${s.wording}`)
    expect(found).toContain('gifted-product/ambiguous')
  })

  it('does not let a masthead on a nav line take a pronoun meant for someone unnamed', async () => {
    const { findQuotes } = await import('../quotes/find')
    const { attributeSpeakers } = await import('../quotes/speakers')
    const text =
      'Harbury Weekly UK breaks Islands Food & drink\n\n' +
      'By Nell Garrow\n\n' +
      'A walker I met on the cliff path had come down from the north for a week. ' +
      '“I come back every spring,” she said.'
    const doc = readDocument(text)
    expect(kinds(text)['Harbury Weekly UK']).toBe('organisation')
    const speakers = attributeSpeakers(doc, findQuotes(doc)).map((s) => s.speaker)
    expect(speakers).not.toContain('Harbury Weekly UK')
  })
})

describe('entity typing: owners, packaging and pages', () => {
  it('takes the possessive opening a business name for its owner, not a place or a firm', () => {
    const k = kinds(
      'At Tully’s Bakehouse, by the bridge, Corran Tully bakes rye. The market is in Harlow. Prices in Harlow’s Old Town are high.',
    )
    expect(k['Corran Tully']).not.toBe('place')
    expect(k['Corran Tully']).not.toBe('organisation')
    // A town's possessive before a district is still a place's.
    expect(k['Harlow']).toBe('place')
  })

  it('keeps a brand that owns a product an organisation', () => {
    const k = kinds('Velisse’s Night Serum costs $68. Velisse said the serum sold out.')
    expect(k['Velisse']).toBe('organisation')
  })

  it('takes what has a box or a label of its own for a product', () => {
    const k = kinds('We tried the Brisko Pour, which prints its claims on its box, for a month.')
    expect(k['Brisko Pour']).toBe('product')
    const k2 = kinds('We spoke to Brisko Labs, which redesigned its website in May.')
    expect(k2['Brisko Labs']).toBe('organisation')
  })

  it('takes "the website of X" for an organisation, not a person named so', () => {
    const k = kinds(
      'The claim comes from the website of Marvella Body, and it has no study behind it.',
    )
    expect(k['Marvella Body']).toBe('organisation')
    const k2 = kinds('The recipe comes from the website of Dr. Ana Ruiz, who bakes on weekends.')
    expect(k2['Ana Ruiz']).toBe('person')
  })
})

describe('a bracketed aside after a name', () => {
  it('reads the verb and pronoun past a short aside ("X (1.2 million followers) posted …")', () => {
    const k = kinds(
      'Creators sell more than ever. Jade Oyelaran (1.2 million followers) posted a video in which she runs. ' +
        'Tomas Brek (@tbrek) wrote that he was tired.',
    )
    expect(k['Jade Oyelaran']).toBe('person')
    expect(k['Tomas Brek']).toBe('person')
  })

  it('does not skip an aside that says what the name is', () => {
    const k = kinds('Kell Mills (the company behind the Ovi bar) said it would close two sites.')
    expect(k['Kell Mills']).not.toBe('person')
  })
})

describe('a surname said alone', () => {
  it('makes a person only when it comes after the full name', () => {
    const k = kinds(
      'Protein, and plenty of it. I use Corvane Plant Protein after every workout because it mixes well.',
    )
    expect(k['Corvane Plant Protein']).not.toBe('person')
    const k2 = kinds('Mirela Dost opened the stall in 2019. Dost sells twelve kinds of honey.')
    expect(k2['Mirela Dost']).toBe('person')
  })
})

describe('review round 29: packaging, tickers and a town’s institutions', () => {
  it('keeps a company that acts on its labels an organisation; a product carries words on them', () => {
    const k = kinds(
      'Brightmere, which redesigned its labels last year, will open two shops. Brightmere said sales rose.',
    )
    expect(k['Brightmere']).toBe('organisation')
    const k2 = kinds('We tested the Orrin Kettle, which carries a warning on its lid, for a week.')
    expect(k2['Orrin Kettle']).toBe('product')
  })

  it('takes a name with a stock ticker in brackets for a company, not a person', () => {
    const k = kinds(
      'Shares rose on Tuesday. Velmara Dunning (LSE: VLD) said it would cut 200 jobs. ' +
        'Orrin Halt (Nasdaq: ORH) posted a loss.',
    )
    expect(k['Velmara Dunning']).toBe('organisation')
    expect(k['Orrin Halt']).toBe('organisation')
    // A bracketed age or handle is still skipped to the person's verb.
    expect(kinds('Tessa Brook (31) told the court she had not seen it.')['Tessa Brook']).toBe(
      'person',
    )
  })

  it('leaves a town before its own hall, gallery or exchange a place', () => {
    const k = kinds(
      'The band played at Glasgow’s Royal Concert Hall on Friday. The show moves to Leeds’s Corn Exchange.',
    )
    expect(k['Glasgow']).toBe('place')
    expect(k['Leeds']).toBe('place')
  })
})

describe('entity typing: retailers, model codes and asides', () => {
  it('takes where a price is paid for a retailer, and a name ending in a model code for a product', () => {
    const k = kinds('## Pellar Q20\n\n$74 at Pellar\n\nPellar markets the Q20 well.')
    expect(k['Pellar Q20']).toBe('product')
    expect(k['Pellar']).toBe('organisation')
    // A place where something costs money stays a place.
    expect(kinds('Tickets cost £12 at Harlow Bay, where the ferry docks.')['Harlow Bay']).toBe(
      'place',
    )
  })

  it('takes no gender from a speaker’s aside inside a relative clause', () => {
    const doc = readDocument(
      'She trained under the luthier Aurelio Santangelo, who, she says, made her carve scrolls.',
    )
    expect(doc.entities.find((e) => e.name === 'Aurelio Santangelo')?.gender).not.toBe('female')
    const doc2 = readDocument('Mira Holt, who says she was born here, runs the shop.')
    expect(doc2.entities.find((e) => e.name === 'Mira Holt')?.gender).toBe('female')
  })
})

describe('round 30: creators, readers, makers and model numbers', () => {
  it('types a name with a follower count, or given as someone’s first name, a person', () => {
    const k = kinds(
      '**Jade Oyelaran, 1.2 million followers**\n\nA reader asked us to use only her first name, Wen.',
    )
    expect(k['Jade Oyelaran']).toBe('person')
    expect(k['Wen']).toBe('person')
  })

  it('does not make a company or a product a person by a count of its own', () => {
    // Look-alikes: an institution's word and a product's word head the names.
    const k = kinds(
      'Harlow Running Club, 4,000 members, meets on Sundays. The Velisse Night Serum, 30 ml, costs £40.',
    )
    expect(k['Harlow Running Club']).toBe('organisation')
    expect(k['Velisse Night Serum']).not.toBe('person')
  })

  it('takes a name before a bare model number for a product', () => {
    const k = kinds(
      '### Best overall: Halvard Swift 220\n\nThe Halvard Swift 220 boiled a litre in two minutes.',
    )
    expect(k['Halvard Swift']).toBe('product')
  })

  it('does not take a name before a count or a year for a product', () => {
    // Look-alikes: a number that counts something, and a year.
    const k = kinds(
      'Ana Ruiz 3 goals, Tom Hale 1 goal. Marta Ilves 2019 was a good year, she said.',
    )
    expect(k['Ana Ruiz']).not.toBe('product')
    expect(k['Marta Ilves']).toBe('person')
  })

  it('keeps a maker named in apposition apart from its product', () => {
    const k = kinds(
      'Oduya ran in the Kestrel Glide 4. Kestrel, the shoe’s maker, says the Glide 4 is light.',
    )
    expect(k['Kestrel']).toBe('organisation')
  })

  it('does not make a product a person by its last word set apart in a heading', () => {
    const k = kinds(
      'Our pick is the [Brisa Pour Gooseneck](https://x.example).\n\n### Best gooseneck: Brisa Pour Gooseneck\n\nBrisa’s presets held within 2°C.',
    )
    expect(k['Brisa Pour Gooseneck']).not.toBe('person')
  })
})

describe('round 30: mastheads, predicates and holdings', () => {
  it('reads a day’s or a time’s word before a masthead’s word as part of the paper’s name', () => {
    const k = kinds(
      'The Morning Ledger ran the story. The Evening Standard did not. Both cited the Sunday Courier.',
    )
    expect(k['Morning Ledger']).toBe('organisation')
    expect(k['Evening Standard']).toBe('organisation')
    expect(k['Sunday Courier']).toBe('organisation')
  })

  it('does not join a day to a name that is no paper', () => {
    // Look-alikes: a day before an office, and before a square.
    const k = kinds('On Monday Post Office staff walked out. Every Sunday Times Square fills up.')
    expect(k['Monday Post Office']).toBeUndefined()
    expect(k['Sunday Times Square']).toBeUndefined()
  })

  it('types a name by what it is said to be, and a company by a stake held in it', () => {
    const k = kinds(
      'Cobalt Heron Coffee will close 38 of its 212 cafés. Cobalt Heron is the third-largest coffee chain in the region. ' +
        'Oakfield Media owns a 4% stake in Cobalt Heron.',
    )
    expect(k['Cobalt Heron Coffee']).toBe('organisation')
  })

  it('keeps a person who is a person, and a person’s business held by a stake', () => {
    // Look-alikes: a person's predicate, and a stake in someone's bakery.
    const k = kinds(
      'Tamsin Roe is a nurse at the clinic. Her brother invested in Tamsin Roe’s bakery.',
    )
    expect(k['Tamsin Roe']).toBe('person')
  })
})

describe('round 30: a maker by what it makes', () => {
  it('types a name that makes a named thing an organisation', () => {
    expect(kinds('Harlow Outdoor makes the Trail Pro, a light boot.')['Harlow Outdoor']).toBe(
      'organisation',
    )
  })

  it('does not type a person who makes a common thing an organisation', () => {
    // Look-alikes: a person with a first name, and a thing in lower case.
    const k = kinds('Ana Ruiz makes the Sunday Roast for forty people. Tamsin Roe makes bread.')
    expect(k['Ana Ruiz']).toBe('person')
    expect(k['Tamsin Roe']).not.toBe('organisation')
  })
})

describe('round 30: postcode districts', () => {
  it('types a town with its postcode district, after a place preposition, a place', () => {
    const k = kinds(
      'She lives in London E1 and works in Leeds LS6. The shop moved from Manchester M4.',
    )
    expect(k['London E1']).toBe('place')
    expect(k['Leeds LS6']).toBe('place')
    expect(k['Manchester M4']).toBe('place')
  })

  it('keeps a brand’s model code a product', () => {
    // Look-alikes: the same shape of code after a brand, with an article or a price.
    const k = kinds(
      'The Pellar X5 is quiet. The Brightwave Q20 costs $74. I heard it in the Pellar X5 too.',
    )
    expect(k['Pellar X5']).toBe('product')
    expect(k['Brightwave Q20']).toBe('product')
  })
})

describe('round 30: a product’s last word opening a later sentence', () => {
  it('does not make a three-word product a person by its last word used alone', () => {
    const k = kinds(
      'I use Corvane Plant Protein after every workout. Protein, and plenty of it, is what tired legs need.',
    )
    expect(k['Corvane Plant Protein']).not.toBe('person')
  })

  it('still makes a person of a name whose surname is used alone', () => {
    // Look-alikes: three words opened by a known first name, and two words.
    const k = kinds(
      'Kira Lund Okafor runs the gym. Okafor, and her staff, open at six. Kira Belcastro runs the pool. Belcastro said no.',
    )
    expect(k['Kira Lund Okafor']).toBe('person')
    expect(k['Kira Belcastro']).toBe('person')
  })
})

describe('round 31: what a name is said to be, and a maker who is a person', () => {
  it('makes a name predicated as a chain or a company an organisation, past its own "said"', () => {
    const k = kinds(
      'Orrin Pace is the third-largest shoe chain in the north. “We sell two million pairs a year,” Orrin Pace said.',
    )
    expect(k['Orrin Pace']).toBe('organisation')
    const k2 = kinds(
      'Tessaly Marr is a family company in the valley. “We have made rope since 1902,” Tessaly Marr said.',
    )
    expect(k2['Tessaly Marr']).toBe('organisation')
  })

  it('reads the possessed noun of a predicate, not its possessor (look-alike)', () => {
    const k = kinds('Marta Ilves is the company’s founder. “We grew fast,” Ilves said.')
    expect(k['Marta Ilves']).toBe('person')
    const k2 = kinds('Tom Reed is the chain’s chief executive. “We grew fast,” Reed said.')
    expect(k2['Tom Reed']).toBe('person')
  })

  it('makes a maker the text calls by surname a person', () => {
    const k = kinds(
      'Ossian Vey, the vase’s maker, works alone in a shed. “I fire the kiln once a week,” Vey said.',
    )
    expect(k['Ossian Vey']).toBe('person')
    const k2 = kinds(
      'Brannoch Teague, the chair’s maker, turns every leg by hand. “Oak takes its time,” Teague said.',
    )
    expect(k2['Brannoch Teague']).toBe('person')
  })

  it('keeps a maker the text calls by its first word an organisation (look-alikes)', () => {
    const k = kinds(
      'Harlow Outdoor, the boot’s maker, is based in Leeds. “We test every boot,” Harlow said.',
    )
    expect(k['Harlow Outdoor']).toBe('organisation')
    const k2 = kinds(
      'Oduya ran in the Kestrel Glide 4. Kestrel, the shoe’s maker, says the Glide 4 is light.',
    )
    expect(k2['Kestrel']).toBe('organisation')
  })
})
