// A labelled set of quote passages, written for Galley (all people, places and brands are
// fictional). Each passage lists the quotes a careful reader would mark, in order, with their
// text inside the marks (a Q&A answer without its "A:" label; a multi-paragraph quote with its
// paragraphs joined by a blank line and the repeated opening marks left out) and the speaker's
// full name as the text gives it (null: no named speaker).

export interface ExpectedQuote {
  readonly text: string
  readonly speaker: string | null
}

export interface LabelledPassage {
  readonly id: string
  readonly genre:
    | 'news'
    | 'qa'
    | 'feature'
    | 'nested'
    | 'multi-paragraph'
    | 'pronoun'
    | 'short-reference'
    | 'negative'
  readonly markdown: string
  readonly expected: readonly ExpectedQuote[]
}

const p = (
  id: string,
  genre: LabelledPassage['genre'],
  markdown: string,
  expected: [string, string | null][],
): LabelledPassage => ({
  id,
  genre,
  markdown,
  expected: expected.map(([text, speaker]) => ({ text, speaker })),
})

export const LABELLED_PASSAGES: readonly LabelledPassage[] = [
  p(
    'news-1',
    'news',
    `The harbour authority will close the east pier for six weeks from Monday.

"The timber is older than anyone who works here, and it is time," said harbourmaster Colm Deverell.`,
    [['The timber is older than anyone who works here, and it is time,', 'Colm Deverell']],
  ),
  p(
    'news-2',
    'news',
    `Councillor Ruth Abernathy-Lowe, who voted against the plan, said the fees would "drive families out of the town centre for good."`,
    [['drive families out of the town centre for good.', 'Ruth Abernathy-Lowe']],
  ),
  p(
    'news-3',
    'news',
    `Police said the road would stay closed overnight. "We ask drivers to use the bypass and to be patient with the diversions," said Inspector Maud Calloway of the Fenwick constabulary.`,
    [['We ask drivers to use the bypass and to be patient with the diversions,', 'Maud Calloway']],
  ),
  p(
    'news-4',
    'news',
    `According to Tomas Aguilar, the school's head of science, "the new labs will let every pupil run their own experiments rather than watch a teacher do it."`,
    [
      [
        'the new labs will let every pupil run their own experiments rather than watch a teacher do it.',
        'Tomas Aguilar',
      ],
    ],
  ),
  p(
    'news-5',
    'news',
    `The bakery on Quill Lane will reopen next month under new owners.

Elena Marchetti, who bought it in March, said: "We are keeping the sourdough and the staff. Everything else is up for discussion."`,
    [
      [
        'We are keeping the sourdough and the staff. Everything else is up for discussion.',
        'Elena Marchetti',
      ],
    ],
  ),
  p(
    'news-6',
    'news',
    `“It was the wettest October we have recorded since 1961,” said Dr. Ines Halvorsen, a climatologist at the Brackwater Weather Service. “The soil simply could not take any more.”`,
    [
      ['It was the wettest October we have recorded since 1961,', 'Ines Halvorsen'],
      ['The soil simply could not take any more.', 'Ines Halvorsen'],
    ],
  ),
  p(
    'news-7',
    'news',
    `A spokesperson for the rail operator said the timetable was "under constant review" and declined to comment further.

"Passengers have been let down for two winters running," said Gideon Marsh, chair of the Dunmore Rail Users' Group.`,
    [
      ['under constant review', null],
      ['Passengers have been let down for two winters running,', 'Gideon Marsh'],
    ],
  ),
  p(
    'news-8',
    'news',
    `The museum has returned the carved panel to the island, its director, Olamide Rhys, announced on Friday. "It should never have left," Rhys said. "We are glad it is going home."`,
    [
      ['It should never have left,', 'Olamide Rhys'],
      ['We are glad it is going home.', 'Olamide Rhys'],
    ],
  ),
  p(
    'pronoun-1',
    'pronoun',
    `Farida Okonjo has grown tomatoes on the same allotment for thirty years. "The first summer I lost every plant to blight," she says. "Now I grow varieties my grandmother would not recognise."`,
    [
      ['The first summer I lost every plant to blight,', 'Farida Okonjo'],
      ['Now I grow varieties my grandmother would not recognise.', 'Farida Okonjo'],
    ],
  ),
  p(
    'pronoun-2',
    'pronoun',
    `Bram Oosterhuis spent a decade designing bridges before he built his first guitar.

"Both are about tension," he explains. "You just hear the mistakes sooner in a guitar."`,
    [
      ['Both are about tension,', 'Bram Oosterhuis'],
      ['You just hear the mistakes sooner in a guitar.', 'Bram Oosterhuis'],
    ],
  ),
  p(
    'pronoun-3',
    'pronoun',
    `The clinic's founder, Dr. Sunniva Lake, trained as a paediatrician. She adds: "Children tell you exactly where it hurts if you let them finish the sentence."`,
    [
      [
        'Children tell you exactly where it hurts if you let them finish the sentence.',
        'Sunniva Lake',
      ],
    ],
  ),
  p(
    'pronoun-4',
    'pronoun',
    `Rafael Quintero opened his first café with a loan from his aunt. "I paid her back in coffee for about a year," he jokes, "and then in money."`,
    [
      ['I paid her back in coffee for about a year,', 'Rafael Quintero'],
      ['and then in money.', 'Rafael Quintero'],
    ],
  ),
  p(
    'shortref-1',
    'short-reference',
    `Dr. Ana Ruiz, the board-certified dermatologist who runs the Coldwater skin clinic, sees a dozen sunburns a week in July.

"People still think a tan means healthy skin," Ruiz says. "It means damaged skin."`,
    [
      ['People still think a tan means healthy skin,', 'Ana Ruiz'],
      ['It means damaged skin.', 'Ana Ruiz'],
    ],
  ),
  p(
    'shortref-2',
    'short-reference',
    `Professor Hemi Walker, an ecologist at the University of Tarrow, has counted bees on the same meadow since 2009.

The numbers have fallen by a third. "What worries me is not the bees we count but the ones we no longer see at all," says Prof. Walker.`,
    [
      [
        'What worries me is not the bees we count but the ones we no longer see at all,',
        'Hemi Walker',
      ],
    ],
  ),
  p(
    'shortref-3',
    'short-reference',
    `Marisa Delacroix-Ng, a structural engineer, inspected the tower after the storm. The damage was mostly cosmetic, Delacroix-Ng said, but "the stair core needs a proper survey before anyone lives here again."`,
    [
      [
        'the stair core needs a proper survey before anyone lives here again.',
        'Marisa Delacroix-Ng',
      ],
    ],
  ),
  p(
    'shortref-4',
    'short-reference',
    `Mr. Joaquim Serrano, 81, has kept the lighthouse log since his father died. "Every ship that passed is in these books," Mr. Serrano said, tapping a shelf.`,
    [['Every ship that passed is in these books,', 'Joaquim Serrano']],
  ),
  p(
    'feature-alt-1',
    'feature',
    `The two founders of Tidewell disagree about almost everything except the tea.

"We were going to sell biscuits," says Priscilla Amankwah, who handles the money. "Then we tasted what Dev was brewing in the back."

"She means I burned the biscuits," counters Devendra Pillai, her co-founder. "The tea was a distraction."

"It was not a distraction," Amankwah says. "It was the business."`,
    [
      ['We were going to sell biscuits,', 'Priscilla Amankwah'],
      ['Then we tasted what Dev was brewing in the back.', 'Priscilla Amankwah'],
      ['She means I burned the biscuits,', 'Devendra Pillai'],
      ['The tea was a distraction.', 'Devendra Pillai'],
      ['It was not a distraction,', 'Priscilla Amankwah'],
      ['It was the business.', 'Priscilla Amankwah'],
    ],
  ),
  p(
    'feature-alt-2',
    'feature',
    `Lena Vukovic and Osric Bell have run the ferry café for eleven years.

“We open at five because the first boat does,” Vukovic said.

Bell laughed. “She opens at five. I arrive at six and pretend I was here.”`,
    [
      ['We open at five because the first boat does,', 'Lena Vukovic'],
      ['She opens at five. I arrive at six and pretend I was here.', 'Osric Bell'],
    ],
  ),
  p(
    'feature-alt-3',
    'feature',
    `At the tasting, the sommelier Juliette Marchand poured the 2019 first. "This is the year the frost missed us," she said.

Her colleague, the winemaker Anselm Kloss, disagreed. "It missed the top of the slope," Kloss said. "Down by the river we lost half the crop."`,
    [
      ['This is the year the frost missed us,', 'Juliette Marchand'],
      ['It missed the top of the slope,', 'Anselm Kloss'],
      ['Down by the river we lost half the crop.', 'Anselm Kloss'],
    ],
  ),
  p(
    'feature-alt-4',
    'feature',
    `“I never planned to be a potter,” says Hollis Grange, 52, wiping clay from her forearms. “I planned to be a lawyer, and then I sat in a pottery class to keep a friend company.”

The friend, Corinne Abiodun, still teaches the class. “Hollis was terrible for a month,” Abiodun says. “Then she wasn’t.”`,
    [
      ['I never planned to be a potter,', 'Hollis Grange'],
      [
        'I planned to be a lawyer, and then I sat in a pottery class to keep a friend company.',
        'Hollis Grange',
      ],
      ['Hollis was terrible for a month,', 'Corinne Abiodun'],
      ['Then she wasn’t.', 'Corinne Abiodun'],
    ],
  ),
  p(
    'nested-1',
    'nested',
    `"My mentor told me, 'Never trust a recipe you have not burned at least once,' and I still believe it," said chef Ottoline Fairweather.`,
    [
      [
        "My mentor told me, 'Never trust a recipe you have not burned at least once,' and I still believe it,",
        'Ottoline Fairweather',
      ],
    ],
  ),
  p(
    'nested-2',
    'nested',
    `“When the inspector wrote ‘unsafe’ on the report, I didn’t sleep for a week,” says landlord Kwame Asante. “I’d spent everything I had on that building.”`,
    [
      [
        'When the inspector wrote ‘unsafe’ on the report, I didn’t sleep for a week,',
        'Kwame Asante',
      ],
      ['I’d spent everything I had on that building.', 'Kwame Asante'],
    ],
  ),
  p(
    'nested-3',
    'nested',
    `"Everyone says 'it's only a game' until their team is relegated," said Dermot Fahy, a supporter for forty years. "Then it's a funeral."`,
    [
      ["Everyone says 'it's only a game' until their team is relegated,", 'Dermot Fahy'],
      ["Then it's a funeral.", 'Dermot Fahy'],
    ],
  ),
  p(
    'multi-1',
    'multi-paragraph',
    `Beatrix Holm remembers the night the mill burned.

"We heard the bell first, and then we saw the glow over the roofs. My father ran down in his slippers.

"By morning there was nothing left but the chimney. Half the village worked there, and nobody knew what would happen next," she said.`,
    [
      [
        'We heard the bell first, and then we saw the glow over the roofs. My father ran down in his slippers.\n\nBy morning there was nothing left but the chimney. Half the village worked there, and nobody knew what would happen next,',
        'Beatrix Holm',
      ],
    ],
  ),
  p(
    'multi-2',
    'multi-paragraph',
    `Dr. Cyrus Banerjee, an epidemiologist at Wexmoor University, describes the outbreak in plain terms:

“The first cases were in a care home, and by the time we had results the virus had moved to two schools.

“We were always about four days behind it. That is what a slow test costs you.

“Faster testing is not a luxury. It is the whole response.”`,
    [
      [
        'The first cases were in a care home, and by the time we had results the virus had moved to two schools.\n\nWe were always about four days behind it. That is what a slow test costs you.\n\nFaster testing is not a luxury. It is the whole response.',
        'Cyrus Banerjee',
      ],
    ],
  ),
  p(
    'multi-3',
    'multi-paragraph',
    `"I drove the number 9 bus for twenty-two years," says Winston Achebe.

"You learn the town from the driver's seat. Who is up early, who is going to the hospital, who has just had good news.

"I miss it every single day."`,
    [
      ['I drove the number 9 bus for twenty-two years,', 'Winston Achebe'],
      [
        "You learn the town from the driver's seat. Who is up early, who is going to the hospital, who has just had good news.\n\nI miss it every single day.",
        'Winston Achebe',
      ],
    ],
  ),
  p(
    'qa-1',
    'qa',
    `## Five minutes with a sleep scientist

Dr. Mireille Okafor-Hunt runs the sleep laboratory at Ashgrove Hospital. We asked her the questions readers send us most.

**Q:** Is eight hours a rule?

**A:** It is an average. Some people do well on seven, a few need nine. How you feel at eleven in the morning tells you more than the clock.

**Q:** Do sleep trackers help?

**A:** For some people they help; for others they make sleep worse, because they start worrying about the score.`,
    [
      [
        'It is an average. Some people do well on seven, a few need nine. How you feel at eleven in the morning tells you more than the clock.',
        'Mireille Okafor-Hunt',
      ],
      [
        'For some people they help; for others they make sleep worse, because they start worrying about the score.',
        'Mireille Okafor-Hunt',
      ],
    ],
  ),
  p(
    'qa-2',
    'qa',
    `## The interview

Chef Ravi Subramaniam closed his restaurant last year to teach. This interview has been edited for length.

**Why teaching, and why now?**

I had spent twenty years cooking for people who could afford me. I wanted to cook for people who could not, and teach them to do it themselves.

**What do students get wrong first?**

Salt. Everyone is scared of it. Then they are scared of heat.

**And what do they get right?**

Curiosity. They ask why, and most chefs stopped asking that years ago.`,
    [
      [
        'I had spent twenty years cooking for people who could afford me. I wanted to cook for people who could not, and teach them to do it themselves.',
        'Ravi Subramaniam',
      ],
      ['Salt. Everyone is scared of it. Then they are scared of heat.', 'Ravi Subramaniam'],
      [
        'Curiosity. They ask why, and most chefs stopped asking that years ago.',
        'Ravi Subramaniam',
      ],
    ],
  ),
  p(
    'qa-3',
    'qa',
    `## Q&A: the mayor's first year

Mayor Tamsin Greaves took office last May. She spoke to us at City Hall.

Q: What surprised you most?

A: How much of the job is potholes. I knew it would be some. It is most.

Q: What would you do differently?

A: I would have started the housing review in my first month, not my fourth.`,
    [
      ['How much of the job is potholes. I knew it would be some. It is most.', 'Tamsin Greaves'],
      [
        'I would have started the housing review in my first month, not my fourth.',
        'Tamsin Greaves',
      ],
    ],
  ),
  p(
    'qa-4',
    'qa',
    `## In conversation

The novelist Petra Lindqvist talked to our books editor about her new novel.

**Interviewer:** Where did the book start?

**Lindqvist:** With a photograph of my grandmother on a bicycle. She looked so happy, and I realised I had never once seen her happy.

**Interviewer:** Is the novel about her?

**Lindqvist:** It is about the woman in the photograph. I am not sure that was ever quite my grandmother.`,
    [
      [
        'With a photograph of my grandmother on a bicycle. She looked so happy, and I realised I had never once seen her happy.',
        'Petra Lindqvist',
      ],
      [
        'It is about the woman in the photograph. I am not sure that was ever quite my grandmother.',
        'Petra Lindqvist',
      ],
    ],
  ),
  p(
    'qa-5',
    'qa',
    `## Ask the expert

Each month a specialist answers your questions. This month: the registered dietitian Noor Haddad.

**Q:** Is breakfast really the most important meal?

**A:** No single meal is. What matters is what you eat across the day.

For many people, a late breakfast is simply a larger lunch.

**Q:** Are juice cleanses worth it?

**A:** Your liver and kidneys already do the cleaning. Save the money.`,
    [
      ['No single meal is. What matters is what you eat across the day.', 'Noor Haddad'],
      ['For many people, a late breakfast is simply a larger lunch.', 'Noor Haddad'],
      ['Your liver and kidneys already do the cleaning. Save the money.', 'Noor Haddad'],
    ],
  ),
  p(
    'neg-1',
    'negative',
    `The so-called "superfood" has been on supermarket shelves since spring, and shoppers seem to love the "clean" label.`,
    [],
  ),
  p(
    'neg-2',
    'negative',
    `Her first novel, "The Lantern Keeper's Daughter", sold poorly. Her second, "Salt", won two prizes.`,
    [],
  ),
  p(
    'neg-3',
    'negative',
    `It's the brand's third "limited edition" this year. Don't expect it to be the last.`,
    [],
  ),
  p(
    'mixed-1',
    'news',
    `Residents call the junction "the death trap," and the figures back them up: nine crashes in two years.

"I won't let my kids cross there," said Patience Oduya, who lives on the corner. "Not until they put in a proper crossing."`,
    [
      ["I won't let my kids cross there,", 'Patience Oduya'],
      ['Not until they put in a proper crossing.', 'Patience Oduya'],
    ],
  ),
  p(
    'mixed-2',
    'feature',
    `The review was blunt. "A beautiful room with nothing to say," wrote critic Anouk Verhoeven in the *Lantern Review*.

The owner, Saul Brightwater, framed it and hung it in the kitchen. "It keeps us honest," he said.`,
    [
      ['A beautiful room with nothing to say,', 'Anouk Verhoeven'],
      ['It keeps us honest,', 'Saul Brightwater'],
    ],
  ),
  p(
    'unattributed-1',
    'news',
    `On the door of the closed shop a handwritten sign reads: "Thank you for thirty-one years. We will miss you all."`,
    [['Thank you for thirty-one years. We will miss you all.', null]],
  ),
  p(
    'unattributed-2',
    'feature',
    `Reviews online are glowing. "Changed my mornings completely, I would buy it again tomorrow," one customer wrote.`,
    [['Changed my mornings completely, I would buy it again tomorrow,', null]],
  ),
  p(
    'short-1',
    'news',
    `Asked whether she would stand again, the minister paused. "Absolutely," said Grace Nakamura-Byrne.`,
    [['Absolutely,', 'Grace Nakamura-Byrne']],
  ),
  p(
    'colon-1',
    'feature',
    `Lucan Fairbrother does not do small talk. His verdict on the new stadium is short: "Too big, too late and too far from the station."`,
    [['Too big, too late and too far from the station.', 'Lucan Fairbrother']],
  ),
  p(
    'before-1',
    'news',
    `Sister Agathe Moreau, who has run the night shelter since 1998, says: "We turned away forty people in January. That has never happened before."`,
    [['We turned away forty people in January. That has never happened before.', 'Agathe Moreau']],
  ),
  p(
    'role-1',
    'feature',
    `Kenji Whitford-Sato, a marine biologist at the Calder Sound station, has spent six summers counting seals.

"The pups are coming earlier every year," the biologist says.`,
    [['The pups are coming earlier every year,', 'Kenji Whitford-Sato']],
  ),
  p(
    'after-mid-1',
    'news',
    `"We have the money for the roof," said Deacon Lyle Prentice, "but not for the organ, and the organ is what people come for."`,
    [
      ['We have the money for the roof,', 'Lyle Prentice'],
      ['but not for the organ, and the organ is what people come for.', 'Lyle Prentice'],
    ],
  ),
  p(
    'two-people-1',
    'news',
    `Magistrate Odile Ferrand fined the company £40,000. "The safety failures here were obvious and long-standing," Ferrand said.

Defending, barrister Cosmo Pryce said the firm had "changed every procedure since the accident" and apologised to the family.`,
    [
      ['The safety failures here were obvious and long-standing,', 'Odile Ferrand'],
      ['changed every procedure since the accident', 'Cosmo Pryce'],
    ],
  ),
  p(
    'curly-straight-1',
    'feature',
    `"Start small," says Yusuf Demir, who teaches the community woodworking class. “A spoon first. Then a stool. Then, if you still have all your fingers, a chair.”`,
    [
      ['Start small,', 'Yusuf Demir'],
      [
        'A spoon first. Then a stool. Then, if you still have all your fingers, a chair.',
        'Yusuf Demir',
      ],
    ],
  ),
]
