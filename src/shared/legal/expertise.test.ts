import { describe, expect, it } from 'vitest'
import type { QuoteRef } from './domain'
import { analyseDisclosures } from './rules'

/** Quotes in curly marks, each said by the person the test names for it. */
function said(body: string, speaker: string): QuoteRef[] {
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + 1 + (m[1]?.length ?? 0),
    speaker,
  }))
}
const mismatches = (body: string, speaker: string) =>
  analyseDisclosures({ body, quotes: said(body, speaker) })
    .findings.filter((f) => f.rule === 'expert-credentials-mismatch')
    .map((f) => [f.severity, body.slice(f.start, f.end)])

describe('experts the text presents, on claims outside their field', () => {
  it.each([
    [
      'Pastry chef Marta Ilves swears by oat flour. “It keeps your arteries clear and your heart young,” she said.',
      'Marta Ilves',
    ],
    [
      'Tom Reyes, an architect who posts about property, was blunt. “This flat will double in value in two years, guaranteed,” he said.',
      'Tom Reyes',
    ],
    [
      'Dr. Ana Sole, an orthodontist, backs the lamp. “It cures insomnia in a week,” she said.',
      'Ana Sole',
    ],
    [
      'Running coach Ilka Varne is certain. “A daily dose of turmeric halves your risk of developing diabetes,” she said.',
      'Ilka Varne',
    ],
    [
      'Personal trainer Jonas Wirth goes further. “Fish oil every morning keeps dementia away,” he said.',
      'Jonas Wirth',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it.each([
    [
      'Dr. Lea Moss, a GP in Hull, was clear. “High cholesterol rarely has symptoms,” she said.',
      'Lea Moss',
    ],
    [
      'Ola Berg, a vet in Leeds, agreed. “Most dogs with sore joints do better on a lighter diet,” she said.',
      'Ola Berg',
    ],
    ['Ian Cole, a financial planner, said: “Returns on cash will fall this year.”', 'Ian Cole'],
    ['One resident, Ida Ruiz, said: “The damp gave my son a cough all winter.”', 'Ida Ruiz'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('savings and injury as fields of their own claims', () => {
  it.each([
    [
      'Garden designer Ottoline Vale loves the account. “The Nest Saver is the cleverest money move you can make, and no bank beats it on rate,” she said.',
      'Ottoline Vale',
    ],
    [
      'Hal Brisk, an architect, was sure. “Put your savings in a fixed-rate bond now, before interest rates fall,” he said.',
      'Hal Brisk',
    ],
    [
      'Dr Nell Orme, a dentist who rides every weekend, was firm. “A good visor cuts the risk of a serious head injury by half,” she said.',
      'Nell Orme',
    ],
    [
      'Ski coach Bea Lund told me the pads “prevent concussion in nine falls out of ten,” and she wears them.',
      'Bea Lund',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it.each([
    [
      'Ian Cole, an accountant, said: “Savings rates will fall this year, so lock one in.”',
      'Ian Cole',
    ],
    [
      'Dr Sara Penn, a neurologist, said: “A helmet cuts the risk of a serious brain injury.”',
      'Sara Penn',
    ],
    ['Mo Aziz, a rowing coach, said: “Hold the same rate for the whole piece.”', 'Mo Aziz'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('lawns, road safety and a physiotherapist’s field', () => {
  it.each([
    [
      'Dr Ines Moor, a cardiologist who reviews gadgets, liked the mower. “Short, frequent cuts give you the thickest, greenest lawn on the street,” she said.',
      'Ines Moor',
    ],
    [
      'Joel Trent, a pharmacist, keeps a vegetable patch. “Weeds never come back once the soil has been fed with this,” he said.',
      'Joel Trent',
    ],
    [
      'Ama Pell, a tax accountant and a keen cyclist, was sure. “Children are safer on a trailer bike than in a car seat,” she said.',
      'Ama Pell',
    ],
    [
      'Hugo Lind, an architect, told us: “A helmet camera makes drivers less likely to cause a crash.”',
      'Hugo Lind',
    ],
    [
      'Sports physiotherapist Noor Edvin was firm. “This tea fixes a racing heart and ends anxiety within a week,” he said.',
      'Noor Edvin',
    ],
    [
      'Kit Brandt, a physiotherapist in Ayr, went further. “A spoonful of this syrup cures insomnia,” she said.',
      'Kit Brandt',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it.each([
    [
      'Head gardener Rosa Vey was pleased. “The lawn has never been greener, and the soil is better,” she said.',
      'Rosa Vey',
    ],
    [
      'Garden designer Tam Hulme agreed. “Cut little and often and the grass stays thick,” he said.',
      'Tam Hulme',
    ],
    [
      'Dr Ada Finch, a paediatrician, said: “Children are safer in a rear-facing car seat until they are four.”',
      'Ada Finch',
    ],
    [
      'Noor Edvin, a sports physiotherapist, said: “Stretch the hamstrings daily and most back pain eases within a month.”',
      'Noor Edvin',
    ],
    [
      'Ian Cole, an accountant, said: “A fixed rate is the safest bet for savers this year.”',
      'Ian Cole',
    ],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('more professions the text presents experts by', () => {
  it.each([
    ['Mia Holt, a nutritionist, said: “This serum erases wrinkles in a week.”', 'Mia Holt'],
    [
      'Ben Holt, a chartered surveyor, was blunt. “Damp walls give children asthma,” he said.',
      'Ben Holt',
    ],
    [
      'Electrician Sam Ode has a tip. “Put your savings into solar shares now, the returns are guaranteed,” he said.',
      'Sam Ode',
    ],
    [
      'Pharmacist Joel Trent keeps a vegetable patch. “Weeds never come back once the soil is fed,” he said.',
      'Joel Trent',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it.each([
    [
      'Sam Ode, an electrician, said: “A heat pump is the most energy-efficient way to heat a home.”',
      'Sam Ode',
    ],
    ['Lena Park, a paramedic, said: “Children are safer in a rear-facing car seat.”', 'Lena Park'],
    ['Mia Holt, a dietitian, said: “Too much salt raises blood pressure.”', 'Mia Holt'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('ordinary expert quotes inside their field (review round 27, finding 4)', () => {
  it.each([
    [
      'Pia Hollis, an economist at Wrenford College, recalls the last downturn. “Anyone who sold in the crash lost a quarter of their savings,” she said.',
      'Pia Hollis',
    ],
    [
      'Dr Omar Tessel, a GP in Wrenford, had advice for the heatwave. “Grass pollen peaks in early summer, so close the bedroom windows at dusk,” he said.',
      'Omar Tessel',
    ],
    [
      'Bryn Cotter, a sheep farmer above Wrenford, has had a hard year. “Our returns are down by half and the interest rates on the loan keep rising,” he said.',
      'Bryn Cotter',
    ],
    [
      'Bryn Cotter, a dairy farmer, has changed the feed. “Our methane emissions fell by a fifth and the yield held up,” he said.',
      'Bryn Cotter',
    ],
    [
      'Sian Morrow, an ecologist, points at the ring road. “Exhaust emissions from the lorries are killing the verges,” she said.',
      'Sian Morrow',
    ],
    [
      'Theo Banks, a town planner, backs the scheme. “Narrower lanes mean fewer crashes and safer streets for children,” he said.',
      'Theo Banks',
    ],
    [
      'Dr Ines Carr, a dentist in Wrenford, sees the cost of summer. “Most of the chipped teeth I treat in August come from cycling accidents,” she said.',
      'Ines Carr',
    ],
    [
      'Nell Ashby, a physiotherapist at the Wrenford clinic, is calm about it. “Swelling and inflammation usually settle within two weeks of rest,” she said.',
      'Nell Ashby',
    ],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Rhea Vance, an accountant who cycles to work, was sure. “Kids are safer on the quiet back streets than on a main road,” she said.',
      'Rhea Vance',
    ],
    [
      'Bryn Cotter, a sheep farmer, swears by it. “A glass of raw milk a day cures asthma,” he said.',
      'Bryn Cotter',
    ],
    [
      'Nell Ashby, a physiotherapist, went further. “Ten minutes of stretching at night cures insomnia,” she said.',
      'Nell Ashby',
    ],
  ])('“%s” is still a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})

describe('professions on the ordinary matters of their own work (review round 27b, finding 3)', () => {
  it.each([
    [
      '“We cannot guarantee the claim will be won, but the records back them up,” said Ines Carrow, a solicitor for the tenants.',
      'Ines Carrow',
    ],
    [
      '“Anyone moved into that pension scheme should ask for their money back,” said Piet Olander, a lawyer who has advised two of the drivers.',
      'Piet Olander',
    ],
    [
      'Nell Brisk, a barrister, was plain. “The compensation will be paid to every saver who lost out,” she said.',
      'Nell Brisk',
    ],
    [
      '“Instant-access savings rates have fallen by a third since spring, and few savers have moved,” said Piet Olander, a personal finance journalist.',
      'Piet Olander',
    ],
    [
      '“The new engines burn less fuel, so every flight puts out fewer emissions,” said Rhea Dunmore, a pilot for Carrow Air.',
      'Rhea Dunmore',
    ],
    [
      '“Half the heat escapes through the loft, and insulating it would cut its emissions by half,” said Owen Saltash, a surveyor who inspected the house.',
      'Owen Saltash',
    ],
    [
      '“An old boiler nobody has serviced is more dangerous than people realise, above all with children in the house,” said plumber Gus Penlee.',
      'Gus Penlee',
    ],
  ])('“%s” is not a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it('a chartered surveyor on damp giving children asthma is still a warning', () => {
    const body =
      '“A damp wall beside a cot is a risk, and the mould can bring on asthma,” said Owen Saltash, a chartered surveyor.'
    expect(mismatches(`# Notes\n\n${body}\n`, 'Owen Saltash').map((x) => x[0])).toEqual(['warning'])
  })
})

describe('the field of a claim by the sense of its words, not a word alone', () => {
  it.each([
    // Fish stock, a shared load, a shop's returns, a promise about taste: not money.
    [
      'Sushi chef Aiko Brandvold showed us the kitchen. “The bones go into the stock pot by six, and the stock simmers all day,” she said.',
      'Aiko Brandvold',
    ],
    [
      'Cath Morrow, a structural engineer, explained the delay. “Both cranes have to share the weight while the old beam comes out,” she said.',
      'Cath Morrow',
    ],
    [
      'Pastry chef Tomas Aalto runs the counter. “Returns are rare: people finish what they buy,” he said.',
      'Tomas Aalto',
    ],
    [
      'Stylist Ines Valk is sure. “I guarantee you will wear this coat every day,” she said.',
      'Ines Valk',
    ],
  ])('“%s” is no financial claim', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Sushi chef Aiko Brandvold has a tip. “Buy shares in the two big grocers now; they will pay a fat dividend,” she said.',
      'Aiko Brandvold',
    ],
    [
      'Cath Morrow, a structural engineer, has views on money too. “Tech stocks at these prices are the best buy in the market,” she said.',
      'Cath Morrow',
    ],
    [
      'Stylist Ines Valk invests on the side. “That fund guarantees returns of 9% a year,” she said.',
      'Ines Valk',
    ],
  ])('“%s” is a financial claim outside the field', (body, who) => {
    const found = analyseDisclosures({
      body: `# Notes\n\n${body}\n`,
      quotes: said(`# Notes\n\n${body}\n`, who),
    }).findings.filter((f) => f.rule === 'expert-credentials-mismatch')
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/financial claim/)])
  })

  it.each([
    [
      'Mila Ferreira-Holt, a dog behaviourist and presenter of a radio phone-in, recommends it. “It actually rebuilds worn cartilage in older dogs,” she said.',
      'Mila Ferreira-Holt',
    ],
    [
      'Ravi Lindqvist, a television presenter, takes it daily. “The powder repairs damaged tissue in a fortnight,” he said.',
      'Ravi Lindqvist',
    ],
    [
      'Dog groomer Pia Sand is a fan. “The drops strengthen tendons and ligaments,” she said.',
      'Pia Sand',
    ],
  ])('“%s” is a medical claim outside the field', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it('leaves a vet on a dog’s cartilage in the field', () => {
    const body =
      'Noor Adeyemi-Park, a vet in Leeds, is cautious. “Once cartilage is gone in an adult dog, it does not grow back,” she said.'
    expect(mismatches(`# Notes\n\n${body}\n`, 'Noor Adeyemi-Park')).toEqual([])
  })

  it('leaves a vet in the field in a piece about dogs, where an answer names no animal', () => {
    const para =
      'Sunita Rao, a vet in Harwick, was clear. “A safe rate of weight loss is about 1 to 2 per cent of body weight a week,” she said.'
    expect(mismatches(`# Why most dogs are overweight\n\n${para}\n`, 'Sunita Rao')).toEqual([])
    const qa = `# Ten minutes with a vet\n\nWe asked vet Sunita Rao about pets and diet.\n\nHow fast should an overweight dog lose weight?\n\n“Slowly. About 1 to 2 per cent of body weight a week is safe,” said Rao.\n`
    expect(mismatches(qa, 'Sunita Rao')).toEqual([])
  })

  it('still warns when the answer in a piece about dogs turns to people (review round 31)', () => {
    const qa = `# Why most dogs are overweight\n\nDo owners gain weight too?\n\n“Yes. Skipping breakfast is the fastest way for you to lose weight, and it lowers your cholesterol,” said Sunita Rao, a vet in Harwick.\n`
    expect(mismatches(qa, 'Sunita Rao')).toHaveLength(1)
  })

  it('still warns on a vet’s claim about people’s weight in a piece about people', () => {
    const para =
      'Sunita Rao, a vet in Harwick, tried the diet herself. “Cutting carbs lowers your blood pressure within a month,” she said.'
    expect(
      mismatches(`# The diet everyone is trying\n\n${para}\n`, 'Sunita Rao').map((x) => x[0]),
    ).toEqual(['warning'])
  })
})

describe('one claim said in parts', () => {
  const findings = (body: string, who: string) =>
    analyseDisclosures({ body, quotes: said(body, who) }).findings.filter(
      (f) => f.rule === 'expert-credentials-mismatch',
    )

  it('is one finding at its strongest part, with the weaker part beside it', () => {
    const body =
      '# Spa towns\n\nHanne Ostrova, a geologist who maps the springs, is a believer. “The sulphur reduces the inflammation in your knees and hips,” she said. “My aunt’s arthritis went in a month.”\n'
    const fs = findings(body, 'Hanne Ostrova')
    expect(fs.map((f) => body.slice(f.start, f.end))).toEqual([
      'The sulphur reduces the inflammation in your knees and hips,',
    ])
    expect(fs[0]?.related?.map((r) => body.slice(r.start, r.end))).toEqual([
      'My aunt’s arthritis went in a month.',
    ])
  })

  it('finds parts of equal strength as one finding over them, and claims in other paragraphs as their own', () => {
    const body =
      '# Spa towns\n\nHanne Ostrova, a geologist who maps the springs, is a believer. “The water cures insomnia,” she said. “It also cures asthma.”\n\nThe town has four hotels and a museum of mining.\n\n“A week here halves your risk of developing diabetes,” Ostrova added.\n'
    const found = findings(body, 'Hanne Ostrova')
    expect(found).toHaveLength(2)
    // The first spans both equally strong parts of the first paragraph's claim.
    const first = found.find((f) => body.slice(f.start, f.end).startsWith('The water'))
    expect(first && body.slice(first.start, first.end)).toMatch(/insomnia[\s\S]*asthma\.?$/)
  })

  it('a money claim said in two equal parts ("…,” she says. “…”) is one finding over both', () => {
    const body =
      '# Savers\n\nInterior designer Ola Brant is a fan. “The Nest account is the smartest money move you can make,” she says. “Nothing else comes close on rate.”\n'
    const found = findings(body, 'Ola Brant')
    expect(found).toHaveLength(1)
    expect(body.slice(found[0]!.start, found[0]!.end)).toMatch(/^The Nest[\s\S]*on rate\.?$/)
  })
})

describe('conditions and organs as health', () => {
  it.each([
    [
      'Running coach Bea Lorca has a theory. “Oat bran basically undoes prediabetes in a month,” she said.',
      'Bea Lorca',
    ],
    [
      'Garden designer Ivo Marsh wants longer grass. “Wild verges cut hay fever cases by a fifth,” he said.',
      'Ivo Marsh',
    ],
    [
      'Nils Aby, an electrician, fits the filters himself. “Filtered water protects your kidneys and your liver,” he said.',
      'Nils Aby',
    ],
  ])('“%s” is a medical claim outside the field', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it('leaves a GP on hay fever in the field', () => {
    const body =
      'Dr. Uma Pell, a GP in Leeds, sees it every June. “Hay fever is worse on still, dry days,” she said.'
    expect(mismatches(`# Notes\n\n${body}\n`, 'Uma Pell')).toEqual([])
  })
})

describe('specialties: a specialist’s own areas of health, a GP’s all of them', () => {
  it.each([
    [
      'Dr Ray Coll, a dentist with a wellness channel, is a fan. “The clay pulls toxins out of your liver overnight,” he said.',
      'Ray Coll',
    ],
    [
      'Dr Eva Stone, a dermatologist who camps every summer, had a view. “A gas heater in a closed tent gives off hardly any carbon monoxide,” she said.',
      'Eva Stone',
    ],
    [
      'Dr Leo Fane, an orthodontist, swears by the cabin. “Ten minutes a day in it lowers blood pressure more than pills,” he said.',
      'Leo Fane',
    ],
    [
      'Mara Quill, a registered dietitian, went further. “This tea lifts depression within a month,” she said.',
      'Mara Quill',
    ],
    [
      'Dr Omar Vell, a cardiologist, likes the cream. “It fades wrinkles and evens out your complexion,” he said.',
      'Omar Vell',
    ],
    [
      'Sleep consultant Juno Park was sure. “Gripe water clears up ear infections in a day,” she said.',
      'Juno Park',
    ],
    [
      'Tom Wilde, a certified financial planner, has a tip. “Magnesium at night cures insomnia,” he said.',
      'Tom Wilde',
    ],
    ['Ana Bell, DDS, was keen. “Sauna sessions protect your heart,” she said.', 'Ana Bell'],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it.each([
    // Inside the specialty, in the specialty's own words.
    [
      'Dr Ada Lusk, a dentist, was plain. “Untreated gum disease is the commonest reason adults lose teeth,” she said.',
      'Ada Lusk',
    ],
    [
      'Dr Tove Rask, a dermatologist, was careful. “Retinoids calm the inflammation behind most adult acne,” she said.',
      'Tove Rask',
    ],
    [
      'Dr Piet Ambler, a neurologist, had advice. “Keeping blood pressure down is the best protection against a stroke,” he said.',
      'Piet Ambler',
    ],
    [
      'Dr Ines Kell, a toxicologist, was blunt. “Sweat carries almost no heavy metals; the liver and kidneys do that work,” she said.',
      'Ines Kell',
    ],
    [
      'Dr Lea Moss, a GP in Hull, agreed. “Carbon monoxide from a faulty boiler sends people to us every winter,” she said.',
      'Lea Moss',
    ],
    ['Ana Bell, MD, was keen. “Sauna sessions protect your heart,” she said.', 'Ana Bell'],
    [
      'Gus Penlee, a plumber, was firm. “An unserviced boiler can leak carbon monoxide,” he said.',
      'Gus Penlee',
    ],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('words of health in another sense (look-alikes)', () => {
  it.each([
    // A cardiologist's heart rate and skin temperature: measures, not a skin claim.
    [
      'Dr Ruth Alder, a cardiologist, tried the bath. “Your heart rate climbs in hot water, and your skin temperature with it,” she said.',
      'Ruth Alder',
    ],
    // A stroke of an oar or a swim.
    [
      'Hal Ode, a rowing coach, was plain. “Keep your stroke long and the boat runs on,” he said.',
      'Hal Ode',
    ],
    [
      'Ness Rui, a physiotherapist who swims, agreed. “A shorter stroke rate spares the shoulder,” she said.',
      'Ness Rui',
    ],
    // Sleep named with no claim about it.
    [
      'Ines Hart, a financial planner, was frank. “Pay the card off first; your sleep matters as much as the maths,” she said.',
      'Ines Hart',
    ],
    // An exercise named by a joint, and a cold morning.
    [
      'Pia Rowe, a personal trainer, has a routine. “Three sets of hip thrusts on a cold morning, then coffee,” she said.',
      'Pia Rowe',
    ],
    // A tree's disease is a tree surgeon's.
    [
      'Tree surgeon Bram Hollis was wary. “Pruning in spring spreads disease through the crown,” he said.',
      'Bram Hollis',
    ],
    // The heart of a place.
    [
      'Ian Cole, an accountant, was fond of it. “The market is the heart of the town and always will be,” he said.',
      'Ian Cole',
    ],
  ])('“%s” is no health claim', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Hal Ode, a rowing coach, was sure. “Beetroot juice halves your risk of a stroke,” he said.',
      'Hal Ode',
    ],
    [
      'Ines Hart, a financial planner, has a habit. “Lavender oil gives you deeper sleep than any pill,” she said.',
      'Ines Hart',
    ],
    [
      'Pia Rowe, a personal trainer, is certain. “Zinc stops you catching a cold all winter,” she said.',
      'Pia Rowe',
    ],
    [
      'Tom Hale, a chef, swears by kefir. “It heals the gut of a child in a week,” he said.',
      'Tom Hale',
    ],
    [
      'Ana Ruiz, a banker, has a tip. “Vitamin C means you never catch a cold,” she said.',
      'Ana Ruiz',
    ],
  ])('“%s” still is', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})

describe('idioms and trades’ words that only look like health', () => {
  it.each([
    // Review of 1b63cb9 (round 30): new professions meeting old idioms.
    [
      'Ana Ruiz, a banker, is calm. “Some investors got cold feet last year, but the fund is now full,” she said.',
      'Ana Ruiz',
    ],
    [
      'Tom Hale, a mortgage broker, looks back. “The market caught a cold when rates rose, but it has recovered,” he said.',
      'Tom Hale',
    ],
    [
      'Tom Hale, a chef, runs the galley. “A good stock is the gut of a kitchen, and my hands smell of it all day,” he said.',
      'Tom Hale',
    ],
    [
      'Pia Hollis, an economist, was gloomy. “Nothing like this slump has been seen since the Great Depression,” she said.',
      'Pia Hollis',
    ],
    [
      'Food blogger Remy Oakes was delighted. “The clip went viral overnight, and every viral video sells the pan,” he said.',
      'Remy Oakes',
    ],
    [
      'Chef Ilse Brand runs the smokehouse. “Salt cures the pork belly in five days, and the chicken livers go into the pâté,” she said.',
      'Ilse Brand',
    ],
    [
      'Tom Reyes, an architect, loves the cabinet. “The dovetail joints hold without glue, and the roof was a stroke of genius,” he said.',
      'Tom Reyes',
    ],
    [
      'Cath Morrow, an engineer, was blunt. “The longevity of the battery matters more than speed, and no maker is immune to that,” she said.',
      'Cath Morrow',
    ],
    [
      'Ian Cole, an accountant, remembers the audit. “My heart sank when I saw the figures; the firm was running on fumes,” he said.',
      'Ian Cole',
    ],
    [
      'Radio presenter Joss Hale grew up here. “Heavy metal never left this town, and the spine of the album is its drums,” he said.',
      'Joss Hale',
    ],
    // Paying for something in a body's sense is no money.
    [
      'Pastry chef Tomas Aalto is strict. “Skimp on the butter and the crust pays for it,” he said.',
      'Tomas Aalto',
    ],
  ])('“%s” is no health claim', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Radio presenter Joss Hale is a convert. “This juice flushes heavy metals out of your body,” he said.',
      'Joss Hale',
    ],
    [
      'Pia Hollis, an economist, swears by the drops. “They lift depression within a fortnight,” she said.',
      'Pia Hollis',
    ],
    ['Chef Ilse Brand has a remedy. “Raw garlic cures the common cold,” she said.', 'Ilse Brand'],
    [
      'Food blogger Remy Oakes takes it daily. “It keeps you immune to the flu all winter,” he said.',
      'Remy Oakes',
    ],
  ])('“%s” still is', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})

describe('parts of one claim quoted inside one sentence', () => {
  const findings = (body: string, who: string) =>
    analyseDisclosures({ body, quotes: said(body, who) }).findings.filter(
      (f) => f.rule === 'expert-credentials-mismatch',
    )

  it('are one finding, at the first of the strongest parts', () => {
    const body =
      '# Lamps\n\nDr Lew Amos, an orthodontist who hosts a radio show, told listeners the lamp “cures insomnia” and “cures asthma.”\n'
    const fs = findings(body, 'Lew Amos')
    expect(fs.map((f) => body.slice(f.start, f.end))).toEqual(['cures insomnia'])
    expect(fs[0]?.related?.map((r) => body.slice(r.start, r.end))).toEqual(['cures asthma.'])
  })

  it('are found at the part that compares itself with a treatment', () => {
    const body =
      '# Lamps\n\nDr Lew Amos, an orthodontist who hosts a radio show, told listeners the lamp “draws out toxins” and “lowers cholesterol better than statins.”\n'
    const fs = findings(body, 'Lew Amos')
    expect(fs.map((f) => body.slice(f.start, f.end))).toEqual([
      'lowers cholesterol better than statins.',
    ])
  })
})

describe('therapists and scientists by the word before their title', () => {
  it.each([
    [
      'Physical therapist Dana Cole has a tip for the evenings. “Magnesium before bed cures insomnia,” she said.',
      'Dana Cole',
    ],
    [
      'Eli Barr, a soil scientist, takes it every morning. “Rooibos halves your risk of a stroke,” he said.',
      'Eli Barr',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it.each([
    [
      'Dana Cole, a physical therapist, was practical. “Most knee pain eases once the hips and tendons get stronger,” she said.',
      'Dana Cole',
    ],
    [
      'Soil scientist Eli Barr dug a pit. “Compost opens up clay soil within a season,” he said.',
      'Eli Barr',
    ],
    [
      'Dr Ines Ruud, a sleep scientist, was careful. “Screens late at night disrupt sleep more than caffeine,” she said.',
      'Ines Ruud',
    ],
    // "Scientist" alone, or a data scientist, names no field to check against.
    [
      'Ola Finn, a data scientist, walks to work. “Walking lowers blood pressure,” she said.',
      'Ola Finn',
    ],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('fumes, a plant’s infection and a digital detox', () => {
  it.each([
    [
      'Sian Morrow, an ecologist, points at the ring road. “Exhaust fumes from the lorries hang over the verges all day,” she said.',
      'Sian Morrow',
    ],
    [
      'Head gardener Rosa Vey is watchful. “Mosaic virus spreads fast among the tomato plants, and fungal infections follow the rain,” she said.',
      'Rosa Vey',
    ],
    [
      'Radio presenter Joss Hale switched off for a while. “A digital detox weekend did wonders for my focus,” he said.',
      'Joss Hale',
    ],
  ])('“%s” is no health claim', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Sian Morrow, an ecologist, is blunt. “Breathing in diesel fumes for an hour does more harm than a cigarette,” she said.',
      'Sian Morrow',
    ],
    [
      'Head gardener Rosa Vey swears by nettle tea. “It clears a chest infection in two days,” she said.',
      'Rosa Vey',
    ],
  ])('“%s” still is', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})

describe('a cancer of the specialist’s own organ (review, round 29)', () => {
  it.each([
    [
      'Dr Ana Ruiz, a consultant dermatologist, was blunt. “Most skin cancers we see could have been prevented with shade,” she said.',
      'Ana Ruiz',
    ],
    [
      'Dr Tom Hale, a gastroenterologist, welcomed it. “Bowel cancer is one of the most treatable cancers if we find it early,” he said.',
      'Tom Hale',
    ],
    [
      'Lena Moss, a neurologist, led the appeal. “A brain tumour is the most frightening diagnosis a parent can hear,” she said.',
      'Lena Moss',
    ],
    [
      'Dr Sam Idris, a dentist, looks every time. “Mouth cancer is often spotted first in the dentist’s chair,” he said.',
      'Sam Idris',
    ],
  ])('“%s” is in the field', (body, who) => {
    expect(mismatches(body, who)).toEqual([])
  })

  it.each([
    [
      'Dr Ana Ruiz, a consultant dermatologist, was blunt. “Lung cancer kills more people than any other cancer,” she said.',
      'Ana Ruiz',
    ],
    [
      'Dr Sam Idris, a dentist, went further. “Skin cancer is the price of a tan,” he said.',
      'Sam Idris',
    ],
  ])('“%s” is still a warning', (body, who) => {
    const found = mismatches(body, who)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every(([s]) => s === 'warning')).toBe(true)
  })
})

describe('the heart idiom "is in" only in its idioms (review, round 29)', () => {
  it('a heart "in trouble" or "in danger" is a claim', () => {
    const body =
      'Personal trainer Jonas Wirth is blunt. “Skip your strength work and your heart is in trouble by fifty,” he said.'
    expect(mismatches(body, 'Jonas Wirth').map((x) => x[0])).toEqual(['warning'])
  })

  it('a heart in it, in the right place or in the mouth is none', () => {
    for (const line of [
      'my heart is in it every single night',
      'his heart was in the right place',
      'my heart was in my mouth on the last lap',
    ]) {
      const body = `Ian Cole, an accountant, remembers the audit. “Honestly, ${line},” he said.`
      expect(mismatches(body, 'Ian Cole')).toEqual([])
    }
  })
})

describe('more trades’ words and idioms that only look like health', () => {
  it.each([
    [
      'Garden designer Tam Hulme paints too. “Bold brush strokes suit a small courtyard,” he said.',
      'Tam Hulme',
    ],
    [
      'Chef Ilse Brand keeps it simple. “Soak the kidney beans overnight and add the artichoke hearts last,” she said.',
      'Ilse Brand',
    ],
    [
      'Radio presenter Joss Hale knows the scene. “Hip-hop started in a hip new bar on this street,” he said.',
      'Joss Hale',
    ],
    [
      'Pia Hollis, an economist, was blunt. “Empty shops are symptoms of a deeper malaise, and the row has poisoned the atmosphere,” she said.',
      'Pia Hollis',
    ],
    [
      'Ski coach Bea Lund laughed. “The kids sang at the top of their lungs all the way up, and the park is the lungs of the town,” she said.',
      'Bea Lund',
    ],
  ])('“%s” is no health claim', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Pia Hollis, an economist, has a theory. “Chest pain can be a symptom of a heart problem, and this tea clears it,” she said.',
      'Pia Hollis',
    ],
    [
      'Ski coach Bea Lund swears by it. “Mountain air repairs your lungs in a week,” she said.',
      'Bea Lund',
    ],
    ['Chef Ilse Brand is sure. “Beetroot juice protects your kidneys,” she said.', 'Ilse Brand'],
  ])('“%s” still is', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})

describe('an organ specialist on blood sugar and blood pressure acting on their organ', () => {
  it.each([
    [
      'Dr Mia Lund, an ophthalmologist, sees it weekly. “Diabetes damages the retina silently for years,” she said.',
      'Mia Lund',
    ],
    [
      'Dr Sam Idris, a dentist, checks every patient. “Diabetes makes gum disease worse, so we ask about blood sugar,” he said.',
      'Sam Idris',
    ],
    [
      'Dr Kai Berg, an oncologist, had one request. “Chemotherapy leaves patients open to infections, so a flu jab matters,” he said.',
      'Kai Berg',
    ],
  ])('“%s” is in the field', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    [
      'Dr Mia Lund, an ophthalmologist, sells a tea. “It reverses diabetes in a month,” she said.',
      'Mia Lund',
    ],
    [
      'Dr Sam Idris, a dentist, went further. “Gum disease doubles your risk of heart disease,” he said.',
      'Sam Idris',
    ],
    ['Dr Kai Berg, an oncologist, is a fan. “The patch cures insomnia,” he said.', 'Kai Berg'],
  ])('“%s” is still a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})

describe('an organ specialist claiming to treat blood sugar or pressure (review, round 29)', () => {
  it.each([
    [
      'Dr Sam Idris, a dentist, sells a mouthwash. “Rinse twice a day and it lowers your blood pressure as well as protecting your teeth,” he said.',
      'Sam Idris',
    ],
    [
      'Dr Omar Saleh, an ophthalmologist, backs the capsules. “These capsules reverse diabetes and keep your eyes sharp,” he said.',
      'Omar Saleh',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(body, who).map((x) => x[0])).toEqual(['warning'])
  })

  it('diabetes damaging the specialist’s own organ is still theirs', () => {
    const body =
      'Dr Omar Saleh, an ophthalmologist, was blunt. “Diabetes damages the retina silently, and by the time vision blurs it may be too late,” he said.'
    expect(mismatches(body, 'Omar Saleh')).toEqual([])
  })
})

describe('the field model: professions and the subjects of claims', () => {
  // Professions of health, beauty, fitness, home, tech and law, each on a claim in a field
  // (hair and the scalp, the gut, eyesight, hearing, the mind, fertility, structures, wiring,
  // computer security, the law) that is not theirs.
  it.each([
    [
      'Sam Lind, a chiropractor and wellness podcaster, was sure. “Rosemary oil regrows hair faster than the drugs,” he said.',
      'Sam Lind',
    ],
    [
      'Dental hygienist Mia Tov loves the capsules. “They stop hair loss in a month,” she said.',
      'Mia Tov',
    ],
    ['Tia Reed, an influencer, is a fan. “This serum fixes thinning hair,” she said.', 'Tia Reed'],
    [
      'Ola Berg, an optometrist, was firm. “This tea clears bloating and fixes your gut,” she said.',
      'Ola Berg',
    ],
    ['Ken Aro, a wellness coach, said: “The drops reverse glaucoma.”', 'Ken Aro'],
    [
      'Podiatrist Ed Lamb is a fan. “Ten minutes a day in the sauna eases anxiety and depression,” he said.',
      'Ed Lamb',
    ],
    [
      'Structural engineer Rui Sol likes the tea. “It boosts fertility in weeks,” he said.',
      'Rui Sol',
    ],
    ['Lea Fox, a marketing consultant, said: “Rosemary oil cures tinnitus.”', 'Lea Fox'],
    [
      'Bo Kim, an expert in gut health, said: “This cream fades dark spots and stretch marks.”',
      'Bo Kim',
    ],
    [
      'Ivy Holt, a personal trainer, told us: “That wall is load-bearing, so the extension will collapse.”',
      'Ivy Holt',
    ],
    [
      'Noor Adi, a pharmacist, said: “A cheap router like this gets hacked within a week; the encryption is useless.”',
      'Noor Adi',
    ],
    [
      'Pat Ng, a nutritionist, said: “If the landlord keeps your deposit, you can sue him.”',
      'Pat Ng',
    ],
    ['Max Orr, a dietitian, said: “Overloaded sockets cause electrical fires.”', 'Max Orr'],
    ['Jo Paz, a chef, said: “Fermented foods are the best thing for your gut health.”', 'Jo Paz'],
    [
      'Dr Hana Bright, a cardiologist, said: “This tea boosts fertility in a month.”',
      'Hana Bright',
    ],
    ['Kez Lo, an audiologist, said: “These drops cure tinnitus and reverse dementia.”', 'Kez Lo'],
    [
      'Ada Roe, a dentist, said: “This rinse protects your gums and prevents heart disease.”',
      'Ada Roe',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })

  it('names every profession the text gives, in its order', () => {
    const body =
      '# Notes\n\nSam Lind, a chiropractor and wellness podcaster, was sure. “Rosemary oil regrows hair,” he said.\n'
    const [f] = analyseDisclosures({ body, quotes: said(body, 'Sam Lind') }).findings.filter(
      (x) => x.rule === 'expert-credentials-mismatch',
    )
    expect(f?.message).toMatch(/presented as a chiropractor and podcaster.*hair loss/)
  })

  it.each([
    // Experts whose field the claim is in.
    [
      'Dr Ana Okoro, a dermatologist, said: “None of them will grow hair on a bald patch.”',
      'Ana Okoro',
    ],
    [
      'Trichologist Per Aal said: “A clean scalp gives every follicle its best chance, and you see less hair shedding.”',
      'Per Aal',
    ],
    ['Cal Ode, an optometrist, said: “Screens cause eye strain, not lasting damage.”', 'Cal Ode'],
    ['Pia Roy, an audiologist, said: “Loud gigs damage your hearing for good.”', 'Pia Roy'],
    ['Eli Cho, a podiatrist, said: “Plantar fasciitis usually clears with stretching.”', 'Eli Cho'],
    ['Uma Vey, a dietitian, said: “Fibre eases bloating and constipation.”', 'Uma Vey'],
    [
      'Gus Hale, a psychologist, said: “Walking outdoors reduces anxiety more than people expect.”',
      'Gus Hale',
    ],
    [
      'Rui Sol, a structural engineer, said: “That wall is load-bearing; take it out and the floor above will give way.”',
      'Rui Sol',
    ],
    [
      'Lou Fry, a solicitor, said: “If they keep the deposit you can sue in the small claims court.”',
      'Lou Fry',
    ],
    ['Mo Tan, an electrician, said: “Overloaded sockets cause electrical fires.”', 'Mo Tan'],
    [
      'Noor Adi, a software engineer, said: “Turn on two-factor; reused passwords get hacked.”',
      'Noor Adi',
    ],
    [
      'Ida Bel, a cosmetic chemist, said: “Niacinamide fades dark spots over eight weeks.”',
      'Ida Bel',
    ],
    // A specialist on a link from their own area to another, claiming no effect on it.
    [
      'Kez Lo, a professor of audiology, said: “Untreated hearing loss in midlife is one of the largest risk factors for dementia.”',
      'Kez Lo',
    ],
    ['Ada Roe, a dentist, said: “Gum disease is linked to heart disease.”', 'Ada Roe'],
    // A consultant in a branch of medicine is a hospital doctor.
    [
      'Dr Bea Holm, a consultant in old-age psychiatry, said: “Walking, hearing aids and treating blood pressure all help.”',
      'Bea Holm',
    ],
    // A mismatched expert on their own field, or on no field at all.
    [
      'Sam Lind, a chiropractor and podcaster, said: “Most lower back pain settles in six weeks without a scan.”',
      'Sam Lind',
    ],
    [
      'Sam Lind, a chiropractor and podcaster, said: “The clinic opens at nine and parking is free.”',
      'Sam Lind',
    ],
    [
      'Tia Reed, an influencer, said: “Our video on spring hair trends drew a million views.”',
      'Tia Reed',
    ],
    // A life stage named in passing is no claim about it.
    [
      'Dr Hana Bright, a cardiologist, said: “If you are pregnant, talk to your doctor first.”',
      'Hana Bright',
    ],
    [
      'Dr Ann Sey, a dermatologist, said: “Skin gets drier after menopause, so use a richer cream.”',
      'Ann Sey',
    ],
    // The same words in another sense.
    ['Sam Lind, a hairdresser, said: “Grow your hair out before you try a fringe.”', 'Sam Lind'],
    ['Ada Moe, a groomer, said: “Spaniels shed a lot in spring, so brush them daily.”', 'Ada Moe'],
    [
      'Ben Ito, a gardener, said: “That bald patch on the lawn will regrow if you rake it and reseed.”',
      'Ben Ito',
    ],
    [
      'Kai Lin, a financial adviser, said: “You could lose thousands of pounds by fixing too late.”',
      'Kai Lin',
    ],
    [
      'Ray Dunn, a physiotherapist, said: “Good shoes reduce the stress on your knees.”',
      'Ray Dunn',
    ],
    ['Ivy Holt, a personal trainer, said: “Trust your gut: if a session hurts, stop.”', 'Ivy Holt'],
    ['Ron Pike, a chef, said: “Digestive biscuits are my weakness.”', 'Ron Pike'],
    ['Ada Roe, a gardener, said: “Soil fertility drops if you never add compost.”', 'Ada Roe'],
    ['Fay Wu, an economist, said: “Investors have little appetite for risk this year.”', 'Fay Wu'],
    ['Hal Oak, a builder, said: “Those cracks are cosmetic, not structural damage.”', 'Hal Oak'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('the field model: words of a new subject in another sense', () => {
  // Ovarian follicles, the soil's microbiome, the stress of a bill, a pan's enamel, hair removed,
  // make-up's foundation, prices that collapse, an account that is safe, a trade's own rules,
  // a traveller's compensation, a sports or a debt counsellor's field, an app's creator, an idiom.
  it.each([
    [
      'Ana Lee, a gynaecologist, said: “The follicle-stimulating hormone and the ovarian follicles tell us a lot about fertility.”',
      'Ana Lee',
    ],
    ['Ben Ito, a gardener, said: “A healthy soil microbiome feeds the roots.”', 'Ben Ito'],
    [
      'Kai Lin, a financial planner, said: “An emergency fund reduces the stress of a surprise bill.”',
      'Kai Lin',
    ],
    ['Jo Paz, a chef, said: “The glaze protects the enamel of the pan.”', 'Jo Paz'],
    ['Cy Moe, a beauty therapist, said: “Laser slows the growth of unwanted hair.”', 'Cy Moe'],
    [
      'Cy Moe, a make-up artist, said: “A heavy foundation settles into fine lines, and powder foundations crack by noon.”',
      'Cy Moe',
    ],
    ['Fay Wu, an economist, said: “Building values collapsed in the crash.”', 'Fay Wu'],
    [
      'Kai Lin, a financial planner, said: “Your savings account is safe up to the limit; banks never ask for a PIN.”',
      'Kai Lin',
    ],
    [
      "Mo Tan, an electrician, said: “It's illegal to rewire a bathroom yourself without a certificate.”",
      'Mo Tan',
    ],
    [
      "Tom Ray, a travel expert, said: “You're entitled to compensation if the flight is three hours late.”",
      'Tom Ray',
    ],
    [
      'Liv Ek, a sports therapist, said: “Most hamstring strains heal in three weeks and the joints stay fine.”',
      'Liv Ek',
    ],
    [
      'Dan Oy, a debt counsellor, said: “Interest rates on payday loans can double what you owe.”',
      'Dan Oy',
    ],
    [
      'Sue Ash, the creator of the app, said: “Users lose weight faster with reminders.”',
      'Sue Ash',
    ],
    ['Ed Fry, a boxing coach, said: “That was a punch to the gut for the whole gym.”', 'Ed Fry'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })
})

describe('what happened to the speaker is an experience, not a claim in a field', () => {
  it.each([
    ['Jo Paz, a chef, said: “I lost two stone after I stopped eating late.”', 'Jo Paz'],
    ['Tia Reed, an influencer, said: “My hair grew back thicker after the baby.”', 'Tia Reed'],
    [
      'Tia Reed, an influencer, said: “I had panic attacks for years before I started posting.”',
      'Tia Reed',
    ],
    ['Sam Lind, a podcaster, said: “My dad had a stroke at fifty.”', 'Sam Lind'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who)).toEqual([])
  })

  it.each([
    ['Sam Lind, a podcaster, said: “I swear this oil regrows hair in a month.”', 'Sam Lind'],
    ['Jo Paz, a chef, said: “I tell everyone: this broth heals a leaky gut.”', 'Jo Paz'],
    [
      'Sam Lind, a podcaster, said: “My dad had a stroke at fifty. This tea prevents strokes.”',
      'Sam Lind',
    ],
  ])('“%s” is still a warning', (body, who) => {
    expect(mismatches(`# Notes\n\n${body}\n`, who).map((x) => x[0])).toEqual(['warning'])
  })
})
