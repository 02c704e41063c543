/**
 * Buying-journey stages as data, and the matcher that tags a comment with the stages it talks
 * about. Same keyword syntax and matcher as the themes (`keywords.ts`). Stages no comment
 * reaches are the report's blind spots, so the lexicons favour clear signals over volume:
 * "my only complaint" in a product review is not a support contact, "in order to" is not an
 * order, a cancelled flight is not a cancelled subscription.
 */
import { compileKeywords, keywordList, type TitledGroup } from './keywords.js';

export type JourneyStage = 'discover' | 'buy' | 'onboard' | 'use' | 'support' | 'renew' | 'advocate';

export type Stage = TitledGroup<JourneyStage>;

const w = keywordList;

export const JOURNEY_STAGES: readonly Stage[] = [
  {
    id: 'discover',
    title: 'Discover',
    keywords: [
      ...w(`found you, found your, found out about, found this, found it on, heard about, heard of, came across,
        stumbled upon, stumbled on, stumbled across, ad, ads, advert*, commercials, recommended to me,
        recommended by, was recommended, were recommended, word of mouth, a friend told me, friend recommended,
        first visit, new to, catalog*, instagram, facebook, tiktok, pinterest, youtube, google search, searched for,
        search engine, searching for, was looking for, were looking for, saw this, saw it, saw these, spotted,
        browsing, window shopping, wishlist, wish list, discover*`),
      // French
      // ("pub" is a bar in English, "geste commercial" a goodwill gesture, a "flyer" a traveller.)
      ...w(`découv*, entendu parler, bouche à oreille, recommandé par, conseillé par, publicit*, prospectus, dépliant*,
        par hasard`),
      // German
      ...w(`entdeck*, werbung, anzeige*, empfohlen bekommen, durch zufall, zufällig, mundpropaganda, katalog*`),
      // Spanish
      ...w(`descubr*, publicidad, anuncio*, por casualidad, me lo recomendaron, me recomendaron, boca a boca`),
      // Italian
      ...w(`scopert*, scoprire, pubblicit*, per caso, mi è stato consigliato, passaparola`),
      // Dutch
      ...w(`ontdekt, ontdekken, reclame, advertentie*, toevallig, mond tot mond`),
    ],
  },
  {
    id: 'buy',
    title: 'Buy',
    keywords: [
      ...w(`checkout, bought, buy, buying, buys, purchas*, ordered, ordering, orders, my order, an order, the order,
        our order, your order, first order, online order, place an order, placed an order, placing an order, basket,
        cart, shopping cart, add to cart, added to cart, payment, paid, pay, paying, booking, booked, reservation*,
        pre order, preorder*, pre ordered`),
      // French
      ...w(`achat*, achet*, achète, commande*, panier, paiement, payé, payée, payer, caisse, réservation*`),
      // German
      ...w(`gekauft, kaufen, kauf, einkauf*, bestell*, warenkorb, kasse, bezahl*, buchung*, gebucht`),
      // Spanish
      ...w(`compra, compras, comprado, comprar, compré, pedido*, carrito, pago, reserva, reservas`),
      // Italian
      ...w(`acquist*, comprato, comprare, ordine, ordini, ordinat*, ordinare, carrello, pagamento, prenot*`),
      // Dutch
      ...w(`gekocht, kopen, aankoop*, besteld, winkelwagen*, betaling, afrekenen, kassa, reservering*`),
    ],
  },
  {
    id: 'onboard',
    title: 'Onboard',
    keywords: [
      ...w(`setup, set up, set it up, setting up, getting started, get started, sign up, signed up, signing up, signup,
        regist*, instal*, onboard*, tutorial*, learning curve, new user, newbie, beginner*, first impression*,
        first order, first box, first purchase, first delivery, first time, first day, first week, out of the box,
        unbox*, activat*, create an account, created an account, creating an account, free trial, trial`),
      // French
      ...w(`inscri*, première commande, premier achat, première fois, prise en main, mise en route, mise en service,
        tutoriel*, débutant*, création de compte, créer un compte`),
      // German
      ...w(`einrichten, eingerichtet, anmeld*, angemeldet, erste bestellung, erstes mal, ersten mal, erste mal,
        anleitung*, einstieg, inbetriebnahme`),
      // Spanish
      ...w(`primer pedido, primera vez, primera compra, darme de alta`),
      // Italian
      ...w(`iscri*, primo ordine, prima volta, primo acquisto`),
      // Dutch
      ...w(`geïnstalleerd, aanmeld*, aangemeld, eerste bestelling, eerste keer, instellen, ingesteld`),
    ],
  },
  {
    id: 'use',
    title: 'Use',
    keywords: [
      ...w(`use, using, used, uses, usage, works, worked, working, every day, everyday, daily, wear, wearing, wore, worn,
        wash, washed, washing, ate, eat, eating, flight, flights, flew, flying, listen*, feature, features`),
      // French
      ...w(`utilis*, tous les jours, quotidien*, fonctionne, marche bien`),
      // German
      ...w(`benutz*, nutze, nutzen, nutzt, nutzung, verwend*, jeden tag, täglich, funktioniert, getragen`),
      // Spanish
      ...w(`uso, usar, usando, utiliz*, todos los días, diario, diariamente, funciona`),
      // Italian
      ...w(`usare, ogni giorno, quotidian*, funziona`),
      // Dutch
      ...w(`gebruik*, elke dag, dagelijks, werkt, gedragen`),
    ],
  },
  {
    id: 'support',
    title: 'Support',
    keywords: [
      ...w(`customer service, customer support, customer care, support, help desk, helpdesk, helpline, help center,
        help centre, asked for help, ask for help, get help, got help, no help, need help, needed help, helped me,
        helped us, contacted, contacting, contact them, contact you, contact us, contact support, contact customer,
        to contact, support ticket, opened a ticket, raised a ticket, submitted a ticket, complained,
        made a complaint, filed a complaint, formal complaint, complaint to, on hold, live chat, agent,
        representative*, refund*, returned, returning, return it, return this, returns, exchanged, exchange it`),
      // French
      ...w(`aide, aidé, aidée, sav, service client*, service après vente, contacter, contacté*, réclamation*, plainte*,
        assistance, hotline,
        rembours*`),
      // German
      ...w(`hilfe, kundenservice, kundendienst, kontaktiert, reklamation*, beschwerde*, umtausch*, rücksendung*,
        retoure*, erstattung*`),
      // Spanish
      ...w(`ayuda, atención al cliente, servicio al cliente, soporte, contacté, reclamaci*, queja*, devoluci*`),
      // Italian
      ...w(`aiuto, assistenza, servizio clienti, supporto, contatt*, reclamo, reclami, reso, rimbors*`),
      // Dutch
      ...w(`hulp, klantenservice, contact opgenomen, klacht*, ondersteuning, retour*, terugbetal*, omruilen`),
    ],
  },
  {
    id: 'renew',
    title: 'Renew or leave',
    keywords: [
      ...w(`renew*, cancel my, cancelled my, canceled my, cancelling my, canceling my, will cancel, going to cancel,
        cancel the subscription, cancel subscription, unsubscri*, resubscri*, stay with, staying with, sticking with, switch to,
        switching to, switched to, switch back, moving to, go elsewhere, going elsewhere,
        competitor*, come back, coming back, will be back, go back again, visit again,
        again and again, never again, never coming back, never come back, won't be back, loyal*, for years,
        long time customer, longtime customer, regular customer, repeat customer, returning customer, upgrad*,
        downgrad*, churn*`),
      // French
      ...w(`renouvel*, résilier, résiliation, reviendr*, revenir, reviens, plus jamais, fidèle*, fidélité, concurrence,
        concurrents, client depuis, depuis des années, habitué*`),
      // German
      ...w(`verlänger*, kündig*, wiederkommen, komme wieder, kommen wieder, treu*, nie wieder, konkurrenz, wechseln,
        gewechselt, stammkund*`),
      // Spanish
      ...w(`renovar, renovación, dar de baja, darme de baja, volver, volveré, volveremos, nunca más, competencia, fiel,
        cliente habitual`),
      // Italian
      ...w(`rinnov*, disdett*, disdire, tornerò, torneremo, tornare, mai più, concorrenza, concorrenti, fedel*,
        cliente abituale`),
      // Dutch
      ...w(`verleng*, opzeg*, terugkomen, kom terug, komen terug, nooit meer, concurrentie, concurrenten, trouw,
        vaste klant`),
    ],
  },
  {
    id: 'advocate',
    title: 'Advocate',
    keywords: [
      ...w(`recommend*, reccomend*, reccommend*, recomend*, told my friend*, tell my friends, tell everyone,
        told everyone, told all my, telling everyone, gift*, present for, bought it for my, bought this for my,
        bought one for, got it for my, must try, must visit, a must have, a must, spread the word, word of mouth, evangeli*,
        promoting, big fan, huge fan, leave a review, write a review, writing this review, wrote a review, five stars,
        5 stars, suggested it to, suggest it to, would suggest, shared it with`),
      // French
      ...w(`recommand*, je conseille, conseillerai, conseillé à, parlé à mes amis, cadeau*, offert, bouche à oreille,
        à recommander`),
      // German
      ...w(`empfehl*, empfohlen, weiterempf*, geschenk*, verschenkt, verschenken`),
      // Spanish
      ...w(`recomiendo, recomendaría, regalo*, regalé, regalar, lo aconsejo`),
      // Italian
      ...w(`consiglio vivamente, lo consiglio, consigliat*, consigliatissim*, raccomand*, regalat*`),
      // Dutch
      ...w(`aanrad*, aanrader, raad aan, aanbevel*, aanbevolen`),
    ],
  },
];

const matchStages = compileKeywords(JOURNEY_STAGES);

/** Stages a comment mentions, in JOURNEY_STAGES order, each at most once. */
export function stagesOf(tokens: readonly string[]): JourneyStage[] {
  return matchStages(tokens);
}
