/**
 * Customer-experience themes as data, and the matcher that tags a comment with them.
 *
 * Each theme lists keywords in English, French, German, Spanish, Italian and Dutch; see
 * `keywords.ts` for the syntax (phrases, `stem*`, accent folding, elision). Words that mean
 * something else in another language or in another trade are left out or written as phrases
 * (French "sale" is dirty, German "Personal" is staff but English "personal" is not, "complaint"
 * is a support word but "my only complaint" in a product review is not), so a theme fires on
 * what the customer talks about, not on a homograph. A keyword may sit in two themes when it
 * really is about both ("broken": product quality and software reliability).
 */
import { errorMessage, InputError } from '../errors.js';
import { compileKeywords, keywordList, keywordProduct, type TitledGroup } from './keywords.js';

/** Keywords: single words or phrases, lower case, in English and the main European languages. */
export type Theme = TitledGroup;

const w = keywordList;

export const THEMES: readonly Theme[] = [
  {
    id: 'price',
    title: 'Price and value for money',
    keywords: [
      ...w(`pric*, overpric*, cost, costs, costly, costing, expensive, inexpensive, cheap*, affordab*, afford,
        value for money, good value, great value, poor value, bad value, best value, worth the money, worth the price,
        worth every, not worth, worth it, money, budget, bucks, dollar, dollars, rupees, discount*, on sale, sale price,
        in the sale, bargain*, coupon*, voucher*, promo, promos, promotion, promotions, promotional, loyalty, rewards,
        free version, free plan, free account, free tier, free user, free users, for free, paid plan, paid version,
        paid account, pay for, paying for, easy on the pocket, too much money`),
      // French
      ...w(`prix, cher, chers, chère, chères, trop cher, moins cher, plus cher, coût, coûts, coûte, coûtent, coûteux,
        coûteuse, onéreu*, tarif*, abordable*, remise, remises, réduction*, solde, soldes, bon d'achat, argent, euro,
        euros, gratuit*, fidélité, promotion, rapport qualité prix`),
      // German
      ...w(`preis*, teuer, teurer, teure, teuren, teures, überteuert, günstig*, billig*, kosten, kostet, kostenlos,
        gratis, angebot*, sonderangebot*, rabatt*, gutschein*, geld`),
      // Spanish
      ...w(`precio*, caro, caros, barat*, coste, costes, costo, costos, cuesta, cuestan, económic*, oferta, ofertas,
        descuento*, rebaja*, dinero, gratuito*`),
      // Italian
      ...w(`prezz*, cari, costoso, costosa, costosi, offerta, offerte, sconto, sconti, scontat*, soldi, saldi`),
      // Dutch
      ...w(`prijs, prijzen, prijzig, duur, dure, goedkoop*, korting*, kost, aanbieding*`),
    ],
  },
  {
    id: 'delivery',
    title: 'Delivery and shipping',
    keywords: [
      ...w(`deliver*, ship, ships, shipped, shipping, shipment*, courier*, postage, dispatch*, parcel*, package, packages,
        in the mail, by mail, arrived, arrives, arriving, arrival, late delivery, arrived late, came late, delivered late,
        was late, were late, is late, running late, very late, late flight*, on time, delay, delays, delayed, tracking,
        track my order, luggage, baggage, lost bag*,
        never arrived, never received, wrong item, wrong order, missing item*, doorstep, home delivery, takeaway,
        click and collect, curbside, in transit`),
      // French
      // ("livré", "livrés" fold to "livre", "livres": books.)
      ...w(`livraison*, livrée, livrées, livrer, livreur*, expédi*, colis, envoi, envois, retard*,
        délai de livraison, acheminement`),
      // German
      ...w(`liefer*, geliefert, versand*, verschickt, versendet, paket*, zustell*, zugestellt, verspät*`),
      // Spanish
      ...w(`entrega*, entregado*, envío*, enviado*, repartidor*, retras*, llegó, paquete*, mensajería`),
      // Italian
      ...w(`consegn*, spedizion*, spedit*, corrier*, ritard*, pacco, pacchi, arrivato, arrivata`),
      // Dutch
      ...w(`levering*, geleverd, leveren, bezorging, bezorger*, verzend*, verzonden, pakket*, vertraging*, te laat`),
    ],
  },
  {
    id: 'support',
    title: 'Customer service and support',
    keywords: [
      ...w(`customer service, customer support, customer care, customer services, service, support, helpdesk, help desk,
        helpline, help center, help centre, service desk, hotline, call center, call centre, support team, tech support,
        technical support, phone support, live chat, chatbot, on hold, hold time, agent, agents, representative*, rep,
        reps, no response, no reply, no answer, never responded, never heard back, get back to me, got back to me,
        response time, replied, respond, responded, resolved, unresolved, escalat*, support ticket, complained,
        made a complaint, filed a complaint, formal complaint, complaint to`),
      // French
      ...w(`service client*, service après vente, sav, assistance, réclamation*, plainte*, pas de réponse,
        aucune réponse, sans réponse, injoignable*, joindre`),
      // German
      ...w(`kundenservice, kundendienst, kundensupport, kundenbetreuung, keine antwort, keine rückmeldung, reklamation*,
        beschwerde*`),
      // Spanish
      ...w(`atención al cliente, servicio al cliente, servicio técnico, servicio, soporte, sin respuesta,
        reclamación*, reclamacion*, queja*`),
      // Italian
      ...w(`servizio clienti, servizio, assistenza, supporto, nessuna risposta, reclamo, reclami`),
      // Dutch
      ...w(`klantenservice, klantendienst, geen antwoord, geen reactie, klacht*, ondersteuning`),
    ],
  },
  {
    id: 'quality',
    title: 'Product quality',
    keywords: [
      ...w(`qualit*, well made, poorly made, cheaply made, badly made, made well, workmanship, craftsmanship, durable, durability,
        sturdy, flimsy, fragile, broke, broken, defect*, faulty, damaged, material*, fabric*, stitching, seam, seams,
        fit, fits, fitted, fitting, size, sizes, sizing, runs small, runs large, runs big, true to size, too small,
        too big, too large, too tight, too short, too long, too loose, tight, snug, baggy, boxy, shrank, shrunk,
        shrink*, faded, fading, pilling, wrinkle*, torn, ripped, comfortable, uncomfortable, comfy, comfort, itchy,
        scratchy, tast*, flavo*, delicious, yummy, bland, fresh*, stale, undercooked, overcooked, uncooked, not cooked,
        well cooked, burnt, soggy, oily, greasy, salty, rotten, spoiled, expired, portion*, quantity, great sound, good sound,
        excellent sound, poor sound, bad sound, the sound`),
      // French
      // ("frais" is also "fees", "pourriez" is "could you".)
      ...w(`qualité, mauvaise qualité, fané*, abîmé*, pourri, pourrie, pourris, pourries, moisi*, mauvais état, bon état,
        défectueu*, cassé*, solide*, produits frais, fraîche*, fraîcheur, périmé*, goût, goûts, saveur*, délicieu*, tissu, confortable*,
        plantes malades`),
      // German
      ...w(`verarbeitung, hochwertig*, minderwertig*, kaputt, defekt*, beschädigt, geschmack*, lecker*, frisch*,
        passform, stoff, bequem*, haltbar*`),
      // Spanish
      ...w(`calidad*, sabor*, delicios*, fresc*, defectuos*, roto, rota, rotos, talla, tallas, tela, comod*`),
      // Italian
      ...w(`sapor*, difettos*, rotto, rotta, taglia, taglie, tessuto, resistente`),
      // Dutch
      ...w(`kwaliteit*, smaak*, lekker*, verse, kapot, maat, materiaal, comfortabel`),
    ],
  },
  {
    id: 'ease-of-use',
    title: 'Ease of use (website, app, checkout)',
    keywords: [
      ...w(`ease of use, user friendly, usabil*, usable, unusable, intuiti*, counterintuitive, counter intuitive,
        unintuitive, non intuitive, confusing, complicated, overcomplicated, over complicated, cumbersome, clunky, fiddly,
        finicky, awkward, learning curve, navigat*, interface, ui, ux, user experience, website, web site, site,
        checkout, log in, login, logging in, sign in, signing in, password, shortcut*, straightforward,
        self explanatory, too many clicks, hard to read, clumsy, easy setup, easy set up, easy install, easy installation`),
      ...keywordProduct(
        `easy to, easier to, easiest to, simple to, simpler to, hard to, harder to, difficult to, impossible to,
        tricky to, confusing to, straightforward to, quick to, intuitive to`,
        `use, navigate, find, learn, understand, set up, setup, install, create, edit, share, get started, follow,
        operate, manage, work with, organize, organise, customize, customise, pick up, master, figure out, access,
        select, move, drag, resize, align, add, search, connect, get the hang`,
      ),
      // French
      ...w(`facile à utiliser, facile d'utilisation, simple d'utilisation, difficile à utiliser, ergonomi*, compliqu*,
        prise en main, site internet, convivial*`),
      // German
      ...w(`benutzerfreundlich*, nutzerfreundlich*, bedienbar*, bedienungsfreundlich*, benutzeroberfläche,
        kompliziert*, umständlich*, übersichtlich*, unübersichtlich*, einfach zu bedienen, leicht zu bedienen,
        webseite*`),
      // Spanish
      ...w(`fácil de usar, fácil de utilizar, difícil de usar, complicad*, interfaz, página web, navegación`),
      // Italian
      ...w(`facile da usare, facile da utilizzare, difficile da usare, complicat*, interfaccia, sito, navigazione`),
      // Dutch
      ...w(`gebruiksvriendelijk*, gebruiksgemak, makkelijk te gebruiken, eenvoudig te gebruiken, ingewikkeld*,
        omslachtig*, overzichtelijk*, onoverzichtelijk*, navigatie`),
    ],
  },
  {
    id: 'reliability',
    title: 'Reliability and performance',
    keywords: [
      ...w(`bug, bugs, buggy, glitch*, crash*, freeze, freezes, froze, lag, lags, laggy, lagging, slow*, sluggish,
        loading, load time, performance, performant, unstable, instability, stable, stability, unreliable, reliable,
        reliability, outage*, downtime, error*, broken, not working, stopped working, stops working, doesn't work,
        doesnt work, does not work, isn't working, keeps crashing, disconnect*, offline, connectivity, wifi, wi fi,
        reboot*, restart*, unresponsive, data loss, lost my work, resource hog, cancelled flight*, canceled flight*,
        flight cancelled, flight canceled, flight was cancelled, flight was canceled`),
      // French
      ...w(`beug*, plantage*, lent, lente, lents, lentes, lenteur*, panne*, erreur*, instable*, fiab*, ne marche pas,
        marche pas, ne fonctionne pas, fonctionne pas, bloqu*`),
      // German
      ...w(`absturz*, abgestürzt, stürzt ab, fehler*, langsam*, ruckel*, hängt sich auf, instabil, zuverlässig*,
        unzuverlässig*, funktioniert nicht, geht nicht, störung*, ausfall*, ausgefallen`),
      // Spanish
      ...w(`fallo*, falla*, lento, lenta, lentitud, se cuelga, inestable, caída*, no funciona`),
      // Italian
      ...w(`errore, errori, lentezza, si blocca, instabile, non funziona, affidabil*`),
      // Dutch
      ...w(`fout, fouten, foutmelding*, storing*, traag, trage, langzaam, crasht, vastgelopen, loopt vast, werkt niet,
        onbetrouwbaar, betrouwbaar*`),
    ],
  },
  {
    id: 'billing',
    title: 'Billing, refunds and subscriptions',
    keywords: [
      ...w(`bill, billed, billing, bills, invoic*, receipt*, charge, charged, charges, overcharg*, surcharge*,
        double charged, refund*, reimburs*, money back, payment*, credit card, debit card, card declined, transaction*,
        subscri*, unsubscri*, cancel my subscription, cancel subscription, cancel the subscription, licens*, licenc*,
        fee, fees, auto renew*, autorenew*, renewal, billing cycle, upgrade my, upgrade to, upgrading to`),
      // French
      ...w(`factur*, rembours*, prélèvement*, paiement*, chèque*, carte bancaire, carte bleue, abonnement*, résilier, résiliation,
        résilié, résiliée, ticket de caisse, débité*`),
      // German
      ...w(`rechnung*, abrechnung*, abgebucht, abbuchung*, erstatt*, rückerstatt*, zahlung*, bezahlung, abo, abos,
        kündig*, lastschrift*, gebühr*, quittung, kassenbon`),
      // Spanish
      ...w(`cobro, cobros, cobrar, cobrado*, cobraron, reembols*, devoluci*, pago, pagos, suscripci*,
        tarjeta de crédito`),
      // Italian
      ...w(`fattur*, addebit*, rimbors*, pagament*, abbonament*, disdett*, carta di credito, scontrino, ricevuta`),
      // Dutch
      ...w(`afschrijving*, terugbetal*, betaling*, opzeg*, incasso, kassabon, bonnetje`),
    ],
  },
  {
    id: 'staff',
    title: 'Staff (friendliness, advice)',
    keywords: [
      ...w(`staff*, employee*, personnel, waiter*, waitress*, cashier*, salesperson, sales associate*, sales assistant*,
        saleslady, sales lady, manager, managers, crew, flight attendant*, attendant*, gate agent*, bartender*,
        barista*, chef, chefs, hostess, receptionist*, stylist*, rude*, polite*, impolite, courteous*,
        discourteous, friendly staff, staff were friendly, friendly service, attentive*, inattentive, hospitality,
        hospitable, welcoming, warm welcome, knowledgeable, advice, advise*, smile*, smiling, kudos, special thanks,
        shout out, shoutout, served by, attended by, our server, our waiter`),
      // French
      ...w(`employé*, vendeu*, caissi*, conseil*, accueil*, aimabl*, sympa*, souriant*, sourire*, poli, polie, polis,
        courtois*, compéten*, incompéten*, serviable*, écoute, gentil*, équipe, équipes, renseign*, hôtesse*`),
      // German
      ...w(`mitarbeiter*, verkäufer*, kassierer*, bedienung, freundlich*, unfreundlich*, höflich*, unhöflich*,
        kompetent*, inkompetent*, beratung*, berater*, hilfsbereit*`),
      // Spanish
      ...w(`emplead*, dependient*, vendedor*, camarer*, meser*, cajer*, amabl*, simpátic*, atent*, grosero*,
        maleducad*, trato`),
      // Italian
      ...w(`personale, dipendent*, commess*, camerier*, cassier*, cortes*, scortes*, maleducat*, cordial*`),
      // Dutch
      ...w(`personeel, medewerker*, verkoper*, verkoopster*, bediening, vriendelijk*, onvriendelijk*, behulpzaam*,
        beleefd*, onbeleefd*, advies`),
    ],
  },
  {
    id: 'communication',
    title: 'Communication and information',
    keywords: [
      // (English "mail" is the post: "in the mail" is delivery.)
      ...w(`communic*, inform, informs, informed, informing, informat*, informé, informée, informés, informiert,
        informaci*, informazion*, update, updates, notif*, email*, e mail, e mails, newsletter*, message*,
        messaging, sms, text message*, keep me posted, kept me posted, kept in the loop, no one told, nobody told,
        announce*, transparency, clarity, unclear, expla*, expli*, misleading, misinformation, false advertising, description,
        descriptions, dm, dms, dm'd, dmed, direct message`),
      // French
      ...w(`mails, par mail, un mail, adresse mail, courriel*, transparence, prévenu, prévenus, prévenir, affichage, étiquet*,
        signalétique, lisibilit*, panneau*`),
      // German
      ...w(`kommunik*, transparenz, nachricht*, benachrichtig*, mitteilung*, erklärung*, beschilderung, auskunft`),
      // Spanish
      ...w(`comunic*, correo*, mensaje*`),
      // Italian
      ...w(`avvis*, messaggi*, spiegazion*`),
      // Dutch
      ...w(`bericht*, nieuwsbrief, melding*, uitleg`),
    ],
  },
  {
    id: 'availability',
    title: 'Availability and choice',
    keywords: [
      ...w(`stock, stocked, restock*, in stock, out of stock, sold out, back in stock, backorder*, back order,
        availability, unavailable, not available, only available, discontinued, ran out, run out, choice, choices,
        selection of, limited selection, variety, varieties, assortment*, wide range, wider range, range of, good range,
        great range, limited range, product range, more colors, more colours,
        other colors, other colours, more sizes`),
      // French
      // ("disponibilité" is mostly the staff's; "rangé" folds to "range".)
      ...w(`rupture, rupture de stock, en stock, en rayon, indisponible*, pas disponible, plus disponible, choix, gamme*,
        variété*,
        assortiment*, diversité`),
      // German
      ...w(`vorrätig, nicht vorrätig, ausverkauft, verfügbar*, nicht verfügbar, auswahl, sortiment, vielfalt`),
      // Spanish
      ...w(`agotad*, disponibilidad, no disponible, surtido, variedad*`),
      // Italian
      ...w(`esaurit*, disponibilità, non disponibile, scelta, assortimento`),
      // Dutch
      ...w(`voorraad, uitverkocht, niet beschikbaar, beschikbaarheid, keuze, aanbod`),
    ],
  },
  {
    id: 'packaging',
    title: 'Packaging',
    keywords: [
      ...w(`packaging, packaged, packing, well packed, poorly packed, badly packed, wrapping, gift wrap*, bubble wrap,
        container, containers, plastic, spill*, leak*, sealed, seal`),
      // French
      ...w(`emballage*, emballé*, suremballage, carton, cartons, sachet*, plastique`),
      // German
      ...w(`verpackung*, verpackt, umverpackung, karton*, plastik`),
      // Spanish
      ...w(`embalaje*, empaque*, envase*, envoltorio*, embalado*`),
      // Italian
      ...w(`imballaggi*, imballo, imballat*, confezion*, incarto`),
      // Dutch
      ...w(`verpakking*, verpakt`),
    ],
  },
  {
    id: 'store',
    title: 'Store and ambience (shop, queues, waiting)',
    keywords: [
      // ("till" is mostly "until"; "rayon" is a fabric in English; software "stores" data.)
      ...w(`stores, in store, the store, a store, this store, that store, your store, our store, local store,
        store manager, store staff, store employee*, store associate*, shop, shops, location, locations, ambience, ambiance, atmosph*,
        decor, decoration,
        interior*, seating, vibes, crowded, noisy, parking, car park, cleanliness, hygiene, hygienic, unhygienic, dirty,
        toilet*, restroom*, queue*, long line, in line, at the till, tills, cash desk, long wait, queue time, for a table, waiting list,
        had to wait, fitting room*, dressing room*, changing room*, aisle*, shelf, shelves, mall`),
      // French
      ...w(`magasin*, boutique*, rayons, au rayon, du rayon, le rayon, caisse*, file d'attente, attente, attendre,
        propreté, toilettes, wc, déco, décoration, agencement, aménagement*, allée*, lumineu*, cadre agréable, espace*`),
      // German
      ...w(`geschäft*, filiale*, kasse*, warteschlange*, schlange, wartezeit*, warten, gewartet, atmosphäre, ambiente,
        parkplatz*, sauber*, schmutzig*, umkleide*`),
      // Spanish
      ...w(`tienda*, tiempo de espera, fila, decoración, limpieza, limpio, limpia, sucio*, aparcamiento, probador*`),
      // Italian
      ...w(`negozi*, punto vendita, cassa, casse, coda, in coda, attesa, atmosfera, arredament*, pulizia, pulito, sporco,
        parcheggio, camerino, camerini`),
      // Dutch
      ...w(`winkel*, filiaal, kassa*, wachtrij, wachttijd*, wachten, sfeer, inrichting, schoon, vies, parkeer*,
        paskamer*`),
    ],
  },
  {
    id: 'features',
    title: 'Features and feature requests',
    keywords: [
      ...w(`feature*, functionality, functionalities, function, functions, option, options, template*, integrat*,
        plugin*, plug in, add on, add ons, addon*, extension*, export*, import, imports, importing, api, widget*,
        customi*, dark mode, capabilit*, ability to, possibility to, would be nice, would be great, would be good,
        would be awesome, would be cool, would be helpful, would be useful, i wish, wish there, please add,
        please make, should be able, feature request*, lack of, lacks, lacking, need more, needs more, add more,
        being able to, custom, editable, settings, mobile app, mobile version, tablet version, desktop app,
        desktop version, ipad app`),
      // ("would love to visit again" is not a feature request.)
      ...keywordProduct(
        `would love, i'd love, would like, i'd like, i would love, i would like`,
        `to see, to have, a, an, more, some, the ability, the option, the possibility`,
      ),
      // French
      // ("en fonction de" is "depending on"; "il serait bien" is any suggestion.)
      ...w(`fonctionnalit*, intégration*, personnalis*`),
      // German
      ...w(`funktion, funktionen, funktionalit*, vorlage*, schnittstelle*, wäre schön, wäre toll, wäre gut, wäre super,
        wünsche mir`),
      // Spanish
      ...w(`función, funciones, funcionalidad*, característica*, opción, opciones, plantilla*, integraci*,
        estaría bien, sería genial, sería bueno, me gustaría`),
      // Italian
      ...w(`funzione, funzioni, funzionalità, caratteristic*, opzion*, integrazion*, sarebbe bello, sarebbe utile,
        mi piacerebbe`),
      // Dutch
      ...w(`functie*, functionaliteit*, optie*, sjabloon, sjablonen, zou fijn zijn, zou handig zijn, zou mooi zijn,
        ontbreekt`),
    ],
  },
];

/** A team's additions: more keywords for a built-in theme (by id), or a new theme with its title. */
export type ThemeExtensions = Readonly<Record<string, readonly string[] | { title: string; keywords: readonly string[] }>>;

export interface ThemeSet {
  themes: readonly Theme[];
  /** Ids of the themes a comment mentions, in `themes` order, each at most once. */
  themesOf(tokens: readonly string[]): string[];
  /** True when a token belongs to some theme keyword: what "frequent terms no theme covers" should leave out. */
  isThemeWord(token: string): boolean;
}

function themeSet(themes: readonly Theme[]): ThemeSet {
  const match = compileKeywords(themes);
  return { themes, themesOf: (tokens) => match(tokens), isThemeWord: (token) => match.covers(token) };
}

export const BUILT_IN_THEMES: ThemeSet = themeSet(THEMES);

/** The built-in themes with a team's keywords and themes added; compiled once per file read. */
export function extendThemes(extensions: ThemeExtensions | undefined): ThemeSet {
  if (!extensions || Object.keys(extensions).length === 0) return BUILT_IN_THEMES;
  const themes = THEMES.map((theme) => {
    const extra = extensions[theme.id];
    return Array.isArray(extra) ? { ...theme, keywords: [...theme.keywords, ...extra] } : theme;
  });
  for (const [id, extension] of Object.entries(extensions)) {
    if (THEMES.some((theme) => theme.id === id)) continue;
    if (Array.isArray(extension))
      throw new InputError(`themes.${id}: there is no built-in theme ${id}; give a new theme a title: { title: …, keywords: [ … ] }.`);
    themes.push({ id, title: (extension as { title: string }).title, keywords: (extension as { keywords: readonly string[] }).keywords });
  }
  try {
    return themeSet(themes);
  } catch (error) {
    throw new InputError(`the theme keywords cannot be used: ${errorMessage(error).replace(/^compileKeywords: /, '')}.`);
  }
}

/** Ids of the built-in themes a comment mentions, in THEMES order, each at most once. */
export function themesOf(tokens: readonly string[]): string[] {
  return BUILT_IN_THEMES.themesOf(tokens);
}

/** True when a token belongs to some built-in theme keyword. */
export function isThemeWord(token: string): boolean {
  return BUILT_IN_THEMES.isThemeWord(token);
}
