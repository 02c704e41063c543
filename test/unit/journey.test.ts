import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOURNEY_STAGES, type JourneyStage, stagesOf } from '../../src/feedback/journey.js';
import { tokenize } from '../../src/feedback/text.js';

const stages = (text: string) => stagesOf(tokenize(text));
const ids = JOURNEY_STAGES.map((stage) => stage.id);

describe('JOURNEY_STAGES', () => {
  it('lists the seven buying stages in journey order', () => {
    expect(ids).toEqual(['discover', 'buy', 'onboard', 'use', 'support', 'renew', 'advocate']);
    for (const stage of JOURNEY_STAGES) expect(stage.title.length).toBeGreaterThan(0);
  });

  it('writes keywords in lower case, single-spaced', () => {
    for (const stage of JOURNEY_STAGES) {
      for (const keyword of stage.keywords)
        expect(keyword, `${stage.id}: "${keyword}"`).toBe(keyword.toLowerCase().trim().replace(/\s+/g, ' '));
    }
  });
});

// Table-driven, like ESLint rule tests: each stage with comments that must and must not reach it.
const cases: Record<JourneyStage, { valid: string[]; invalid: string[] }> = {
  discover: {
    valid: [
      'I found you through a friend',
      'Heard about this place on Instagram',
      'It was recommended to me by a colleague',
      'Saw this in the catalog',
      'Saw an ad on Facebook',
      "J'ai découvert le magasin par hasard",
      'Durch Werbung entdeckt',
      'Lo descubrí por casualidad',
      'Ho scoperto il negozio per caso',
      'Toevallig ontdekt',
    ],
    invalid: ['Great pub food', 'Un geste commercial serait apprécié', 'Frequent flyer here'],
  },
  buy: {
    valid: [
      'I ordered a medium',
      'Checkout was smooth',
      'Purchased it last week',
      'Added to cart but payment failed',
      "J'ai acheté une plante",
      'Attente à la caisse',
      'Online bestellt',
      'Compré dos',
      'Ho acquistato due paia',
      'Gisteren besteld',
    ],
    invalid: ['In order to use it you need an account', 'I am building something'],
  },
  onboard: {
    valid: [
      'Easy to set up',
      'Setup took five minutes',
      'Signing up was painless',
      'The first time I wore it',
      'Installation was easy',
      'Out of the box it just worked',
      'La prise en main est rapide, inscription facile',
      'Die Einrichtung: schnell eingerichtet, Anmeldung einfach',
      'La primera vez que lo usé',
      'Prima volta che ordino',
      'De eerste keer ging het mis',
    ],
    invalid: ['We set off early', 'Lasting impression'],
  },
  use: {
    valid: [
      'I use it every day',
      'Works great',
      'Wore it to a wedding',
      'The flight was smooth',
      "Je l'utilise tous les jours",
      'Ich benutze es täglich',
      'Lo uso todos los días',
      'Lo uso ogni giorno',
      'Ik gebruik het dagelijks',
    ],
    invalid: ['Beautiful colour', 'Prix trop élevés'],
  },
  support: {
    valid: [
      'Customer service was useless',
      'I contacted support twice',
      'Still waiting for my refund',
      'I returned it',
      'Complained to the manager',
      'Le SAV a été efficace',
      'Réclamation sans réponse',
      'Der Kundenservice hat geholfen',
      'Pedí ayuda y nada',
      "L'assistenza non risponde",
      'De klantenservice was vriendelijk',
    ],
    invalid: ['My only complaint is the length', 'It helps me organise my week', 'Bons contacts avec les vendeurs'],
  },
  renew: {
    valid: [
      'I will cancel my subscription',
      'Switched to a competitor',
      'Will definitely come back',
      'Never again',
      'Loyal customer for years',
      'Je reviendrai, client fidèle',
      'Ich werde kündigen',
      'Volveré pronto',
      'Tornerò sicuramente',
      'Ik kom terug',
    ],
    invalid: ['My flight was Cancelled', 'The ivory one I will return', 'Stick with your normal size'],
  },
  advocate: {
    valid: [
      'Highly recommend',
      'I told my friends about it',
      'Bought it as a gift for my mom',
      'A must try',
      'Je recommande vivement',
      'Ein tolles Geschenk, sehr empfehlenswert',
      'Lo recomiendo',
      'Lo consiglio a tutti',
      'Echt een aanrader',
    ],
    invalid: ['I was told my bag was lost', 'You must have an account'],
  },
};

describe('stagesOf', () => {
  for (const [stage, { valid, invalid }] of Object.entries(cases)) {
    describe(stage, () => {
      it.each(valid)('reaches it: %s', (text) => {
        expect(stages(text)).toContain(stage);
      });
      it.each(invalid)('does not reach it: %s', (text) => {
        expect(stages(text)).not.toContain(stage);
      });
    });
  }

  it('returns each stage once, in journey order', () => {
    const result = stages('Highly recommend! I ordered twice, ordered again, and I use it daily. I recommend it.');
    expect(result).toEqual(['buy', 'use', 'advocate']);
  });

  it('returns nothing when no stage is mentioned', () => {
    expect(stagesOf([])).toEqual([]);
    expect(stages('Beautiful colour')).toEqual([]);
  });

  const token = fc.oneof(
    fc.constantFrom('recommend', 'ordered', 'set', 'up', 'customer', 'service', 'come', 'back', 'use', 'the', 'and', 'achat', 'fidèle'),
    fc.stringMatching(/^[a-zé']{1,8}$/),
  );

  it('is ordered, duplicate-free and only grows when tokens are added (property)', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.array(token, { maxLength: 30 }), (a, b) => {
        const both = stagesOf([...a, ...b]);
        expect(both).toEqual(ids.filter((id) => both.includes(id)));
        for (const id of [...stagesOf(a), ...stagesOf(b)]) expect(both).toContain(id);
      }),
    );
  });
});
