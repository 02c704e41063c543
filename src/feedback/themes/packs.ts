/**
 * Customer-experience themes as data, in one pack per trade (retail, software, travel, services):
 * each pack is the list of themes that fit its trade, and the words that tell the trade apart.
 *
 * Each theme lists keywords in English, French, German, Spanish, Italian and Dutch; see
 * `keywords.ts` for the syntax (phrases, `stem*`, accent folding, elision). Words that mean
 * something else in another language or in another trade are left out or written as phrases
 * (French "sale" is dirty, German "Personal" is staff but English "personal" is not, "complaint"
 * is a support word but "my only complaint" in a product review is not), so a theme fires on
 * what the customer talks about, not on a homograph. A keyword may sit in two themes when it
 * really is about both ("broken": product quality and software reliability).
 */

import { keywordList, keywordProduct, type TitledGroup } from '../keywords.js';
import type { DomainId } from './domains.js';

/** Keywords: single words or phrases, lower case, in English and the main European languages. */
export type Theme = TitledGroup;

const w = keywordList;

const PRICE: Theme = {
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
};

const DELIVERY: Theme = {
  id: 'delivery',
  title: 'Delivery and shipping',
  keywords: [
    ...w(`deliver*, ship, ships, shipped, shipping, shipment*, courier*, postage, dispatch*, parcel*,
      package [-install* -librar* -version* -cran -npm -pip -python -code -depend* -updat* -import* -function*],
      packages [-install* -librar* -version* -cran -npm -pip -python -code -depend* -updat* -import* -function*],
      in the mail, by mail, arrived, arrives, arriving, arrival, late delivery, arrived late, came late, delivered late,
      late [-night -evening -afternoon -morning -dinner -lunch -breakfast -shift -fee* -charge* -payment* -stay*],
      on time, delay, delays, delayed, tracking, track my order,
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
};

const SUPPORT: Theme = {
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
};

const QUALITY: Theme = {
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
};

const EASE_OF_USE: Theme = {
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
};

const RELIABILITY: Theme = {
  id: 'reliability',
  title: 'Reliability and performance',
  keywords: [
    ...w(`bug, bugs, buggy, glitch*, crash*, freeze, freezes, froze, lag, lags, laggy, lagging, slow*, sluggish,
      loading, load time, performance, performant, unstable, instability, stable, stability, unreliable, reliable,
      reliability, outage*, downtime, error*, broken, not working, stopped working, stops working, doesn't work,
      doesnt work, does not work, isn't working, keeps crashing, disconnect*, offline, connectivity, wifi, wi fi,
      reboot*, restart*, unresponsive, data loss, lost my work, resource hog`),
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
};

const BILLING: Theme = {
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
};

const STAFF: Theme = {
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
};

const COMMUNICATION: Theme = {
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
};

/** Not finding a product is a gap in the range; not finding how to do something, or a button, is about the site or app. */
const NOT_FOUND_EN = (phrase: string) => `${phrase} [-how -where -way -setting* -option* -button* -page* -link* -menu* -account*]`;
const NOT_FOUND_FR = (phrase: string) => `${phrase} [-comment -bouton* -option* -page* -lien* -menu* -compte* -site*]`;

const AVAILABILITY: Theme = {
  id: 'availability',
  title: 'Availability and choice',
  keywords: [
    ...w(`stock, stocked, restock*, in stock, out of stock, sold out, back in stock, backorder*, back order,
      availability, unavailable, not available, only available, discontinued, ran out, run out, choice, choices,
      selection of, limited selection, variety, varieties, assortment*, wide range, wider range, range of, good range,
      great range, limited range, product range, more colors, more colours,
      other colors, other colours, more sizes`),
    ...["couldn't find", 'could not find', "can't find", 'cannot find', 'unable to find'].map(NOT_FOUND_EN),
    // French
    // ("disponibilité" is mostly the staff's; "rangé" folds to "range".)
    ...w(`rupture, rupture de stock, en stock, en rayon, indisponible*, pas disponible, plus disponible, choix, gamme*,
      variété*, assortiment*, diversité, introuvable*`),
    ...['pas trouvé', 'pas trouvée', 'pas trouvés', 'pas trouvées', 'ne trouve pas'].map(NOT_FOUND_FR),
    // German
    ...w(`vorrätig, nicht vorrätig, ausverkauft, verfügbar*, nicht verfügbar, auswahl, sortiment, vielfalt, nicht gefunden`),
    // Spanish
    ...w(`agotad*, disponibilidad, no disponible, surtido, variedad*, no encontré, no encuentro`),
    // Italian
    ...w(`esaurit*, disponibilità, non disponibile, scelta, assortimento, non ho trovato, non trovo`),
    // Dutch
    ...w(`voorraad, uitverkocht, niet beschikbaar, beschikbaarheid, keuze, aanbod, niet gevonden`),
  ],
};

const PACKAGING: Theme = {
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
};

const STORE: Theme = {
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
};

const FEATURES: Theme = {
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
};

/** A theme of one pack under another pack's title, with the words that trade adds. */
function retitled(theme: Theme, title: string, more: readonly string[] = []): Theme {
  return { id: theme.id, title, keywords: [...theme.keywords, ...more] };
}

// Software and SaaS: the product is used, not shipped; its words come first.
const INTEGRATIONS: Theme = {
  id: 'integrations',
  title: 'Integrations, import and export',
  keywords: [
    ...w(`integrat*, plugin*, plug in, add on, add ons, addon*, extension*, export*, import, imports, importing, api, apis,
      sync*, connector*, webhook*, zapier, slack, jira, teams, google drive, outlook, calendar*`),
    ...w(`intégration*, exporter, importer, synchronis*, schnittstelle*, synchronisier*, integración, exportar, importar,
      integrazion*, esportare, importare, koppeling*, exporteren, importeren`),
  ],
};
const COLLABORATION: Theme = {
  id: 'collaboration',
  title: 'Sharing and collaboration',
  keywords: [
    ...w(`collaborat*, share, sharing, shared, invite*, permission*, access rights, real time, realtime, co worker*,
      coworker*, colleague*, teammate*, team members, my team, our team, guest*, comments, commenting`),
    ...w(`partag*, collabor*, collègue*, teilen, zusammenarbeit, kollege*, compartir, colaboraci*, condivi*, collega*,
      delen, samenwerk*, collega's`),
  ],
};
const LEARNING: Theme = {
  id: 'learning',
  title: 'Documentation, training and learning',
  keywords: [
    ...w(`documentation, docs, doc, tutorial*, guide, guides, manual, training, course*, workshop*, lesson*, instructor*,
      teacher*, learn, learning, learned, learnt, examples, webinar*, onboarding, help center, help centre`),
    ...w(`formation*, tutoriel*, apprendre, schulung*, anleitung*, dokumentation, lernen, formación, aprender,
      documentación, formazione, imparare, documentazione, handleiding*, leren, opleiding*`),
  ],
};
const SETUP: Theme = {
  id: 'setup',
  title: 'Installation, versions and updates',
  keywords: [
    ...w(`install*, setup, set up, version*, update, updates, updated, updating, upgrade, upgraded, librar*, dependenc*,
      configur*, compatib*, cran, npm, pip, conda, migration, migrate*`),
    ...w(`package [+install* +librar* +version* +cran +npm +pip +python +code +depend* +updat* +import* +function*],
      packages [+install* +librar* +version* +cran +npm +pip +python +code +depend* +updat* +import* +function*]`),
    ...w(`installation, mise à jour, installier*, aktualisier*, instalaci*, actualizaci*, installazion*, aggiornament*,
      installatie, bijwerk*`),
  ],
};

// Travel and hospitality: airlines, hotels, restaurants.
const DELAYS: Theme = {
  id: 'delays',
  title: 'Delays, late arrivals and slow service',
  keywords: [
    ...w(`delay, delays, delayed, delaying, late [-checkout -check -fee* -charge* -night], later, hours late, running late,
      on time, ontime, missed connection*, missed my connection, missed my flight, misconnect*, connection, connections,
      connecting flight*, tarmac, sitting on the plane, sitting on the runway, runway, still sitting, still on the plane,
      still waiting, waiting for hours, stuck, stranded, diverted, departure time, arrival time, wait for a table,
      waited for our food, took forever, slow service, hour delay, hours delay, hr delay, hrs delay, on the ground,
      at the gate, no gate, need a gate, jetway, de ice, deic*, pushback, push back, pull back, haven't moved, hasn't moved,
      not moved, no movement, departure times, take off, takeoff, trapped, overnight, sleeping in the airport,
      slept in the airport, hours [-hold -phone -call -called -calling -callback -agent* -rep -reps -email* -dm -response -answer*
      -talk -speak -assist*], hrs [-hold -phone -call -called -calling -callback -agent* -rep -reps -talk -speak],
      waiting [-hold -phone -call -called -calling -callback -response -reply -email* -dm -refund* -line -agent* -talk -speak],
      waiting on the plane, on the tarmac, miss my, missed my, missing my, missed the, miss the`),
    ...w(`retard*, en retard, attente, verspät*, verspätung*, verzögerung*, retras*, demora*, ritard*, vertraging*,
      te laat, atras*, atraso*`),
  ],
};
// What happened to the trip outweighs how the call about it went: a cancelled flight and an hour on hold is about the cancellation.
const CANCELLATIONS: Theme = {
  id: 'cancellations',
  title: 'Cancellations and rebooking',
  weight: 2,
  keywords: [
    ...w(`cancel*, canceled, cancelled, cancellation*, rebook*, re book, re booked, rescheduled, reschedul*,
      no flights, next flight, next available, overbook*, oversold, bumped, voucher for a hotel, hotel voucher*`),
    ...w(`annul*, umgebucht, umbuchung*, gestrichen, annullier*, cancelad*, cancelaci*, cancellat*, annullat*,
      geannuleerd, annulering*, cancelado*, cancelamento*`),
  ],
};
const BAGGAGE: Theme = {
  id: 'baggage',
  title: 'Baggage (lost, late, damaged)',
  weight: 2,
  keywords: [
    ...w(`bag, bags, baggage, luggage, suitcase*, carry on, carryon, carry ons, checked bag*, lost bag*, lost luggage,
      baggage claim, stroller, car seat, lost and found, damaged bag*, belongings, carousel*, lost my bag, bag claim,
      gate check*, guitar*, skis, golf clubs, claim number, delivered my bag*, delivery of my bag*`),
    ...w(`bagage*, valise*, gepäck*, koffer*, equipaje*, maleta*, bagagli*, valigi*, bagagem, malas`),
  ],
};
const BOOKING: Theme = {
  id: 'booking',
  title: 'Booking and changes',
  keywords: [
    ...w(`book, booked, booking*, reservation*, reserve*, itinerary, confirmation*, change my flight, change flights,
      change my reservation, changed my flight, changes, ticket [-support], tickets, e ticket, boarding pass*,
      website, online, standby, waitlist*, app, apps, site, web site, browser, purchase, points, redeem*, reward*, mileage*,
      frequent flyer, loyalty, miles [-hour* -hours -drive* -away -walk*], upgrade, upgraded, upgrades`),
    ...w(`réserv*, billet*, buch*, gebucht, ticket*, reserv*, billete*, prenot*, bigliett*, boek*, geboekt,
      reserva*, bilhete*`),
  ],
};
const CREW: Theme = {
  id: 'crew',
  title: 'Crew and staff',
  keywords: [
    ...w(`flight attendant*, attendant*, crew, crews, pilot*, captain, stewardess*, steward, gate agent*, gate staff,
      staff*, employee*, personnel, waiter*, waitress*, bartender*, receptionist*, front desk, concierge, host, hostess,
      rude*, polite*, impolite, courteous*, unprofessional, professional, friendly, unfriendly, attitude, smile*,
      hospitality, kudos, shout out, shoutout`),
    ...w(`personnel, équipage, hôtesse*, steward, employé*, serveu*, aimabl*, personal, besatzung, crew, mitarbeiter*,
      freundlich*, unfreundlich*, tripulaci*, azafat*, emplead*, camarer*, amabl*, equipaggio, hostess, personale,
      camerier*, bemanning, personeel, stewardess, vriendelijk*, tripulação, comissári*, funcionári*`),
  ],
};
const PHONE_SUPPORT: Theme = {
  id: 'customer-service',
  title: 'Customer service and getting hold of someone',
  keywords: [
    ...w(`customer service, customer care, customer support, customer relations, service, support, on hold, hold,
      hold time, call, calls, called, calling, call back, callback, phone*, hung up, hang up, hangs up, busy signal,
      representative*, rep, reps, agent, agents, answer*, respond*, response, reply, replies, no one, nobody, dm,
      dms, dm'd, help, helpful, unhelpful, helping, complaint*, complain*, resolve*, unresolved, email*, contact*,
      supervisor*, manager*, apolog*, heard back, hear back, hear from, heard from, customers, treat*, care about, dealing with,
      assist, assisted, assisting, assistance, costumer service*, badservice, poorservice, horribleservice,
      terribleservice, worstservice, human, real person, live person, actual person, direct message, pm, dming, dm'ing,
      reach out, reached out, no response, ignored, ignoring, lied, lying, liar*, talk to someone, speak to someone,
      talk to a, speak to a, speak with, get ahold, get a hold, get through, live chat, chat, bot, you care, don't care,
      doesn't care, didn't care, nothing done, do nothing, customerservic*, badcustomerservic*, poorcustomerservic*,
      worstcustomerservic*, terriblecustomerservic*, horriblecustomerservic*, nocustomerservic*`),
    ...w(`service client*, téléphone, joindre, injoignable*, répon*, kundenservice, kundendienst, hotline, telefon*,
      servicio al cliente, atención al cliente, teléfono, llamad*, servizio clienti, telefono, assistenza,
      klantenservice, telefoon, atendimento, telefone, ligação`),
  ],
};
const SEATS: Theme = {
  id: 'seats',
  title: 'Seats, rooms and comfort',
  keywords: [
    ...w(`seat, seats, seating, seated, legroom, leg room, comfort*, uncomfortable, cramped, middle seat, window seat,
      aisle seat, exit row, first class, business class, economy, recline*, cabin, overhead bin*, temperature, freezing,
      too hot, too cold, bed, beds, pillow*, room, rooms, noise, noisy, quiet, view, pool, air conditioning, heater`),
    // (French "place" is a seat, English "place" is where you eat.)
    ...w(`siège*, chambre*, confort*, sitz*, sitzplatz*, zimmer*, bequem*, asiento*, habitaci*, comod*, sedile, stanza,
      camere, stoel*, kamer*, comfortabel, assento*, quarto*, conforto`),
  ],
};
const FOOD: Theme = {
  id: 'food',
  title: 'Food and drinks',
  keywords: [
    ...w(`food, meal*, snack*, drink*, beverage*, coffee, tea, water, menu, breakfast, dinner, lunch, dish, dishes,
      taste*, tasty, tasteless, delicious, bland, fresh, stale, cold food, portion*, pretzels, peanuts, cookies, biscoff,
      wine, beer, cocktail*, dessert*, starter*, chicken, biryani, pizza, burger*, vegetarian, vegan, gluten`),
    ...w(`repas, nourriture, boisson*, petit déjeuner, déjeuner, dîner, plat, plats, goût*, essen, getränk*, frühstück,
      geschmack*, comida*, bebida*, desayuno, cena, sabor*, cibo, bevand*, colazione, pranzo, sapor*, eten, drinken,
      ontbijt, smaak*, refeição, refeições, bebidas, pequeno almoço, jantar`),
  ],
};
const ENTERTAINMENT: Theme = {
  id: 'entertainment',
  title: 'Wi-Fi, power and entertainment',
  keywords: [
    ...w(`wifi, wi fi, internet, entertainment, movie*, tv, tvs, screen*, power outlet*, outlet*, plug*, charging,
      charger*, usb, streaming, music, headphone*, inflight entertainment, in flight entertainment`),
    ...w(`divertissement, écran*, unterhaltung, bildschirm*, entretenimiento, pantalla*, intrattenimento, schermo,
      entertainment, scherm*, entretenimento, tela*`),
  ],
};
const QUEUES: Theme = {
  id: 'queues',
  title: 'Check-in, queues and boarding',
  keywords: [
    // ("gate", "airport" and "board" are where a delay is felt, not a queue.)
    ...w(`check in, checkin, checked in, checking in, boarding process, boarding group*, queue*, line, lines, long line,
      in line, security, security line, tsa, kiosk*, ticket counter, at the counter, desk, waiting list, for a table,
      took ages to seat, crowded, reception, check out, checkout`),
    ...w(`enregistrement, embarquement, porte, file d'attente, aéroport*, einchecken, check in, boarding, flughafen,
      warteschlange*, schlange, facturación, embarque, puerta, cola, aeropuerto*, imbarco, coda, aeroport*, inchecken,
      instappen, wachtrij, luchthaven, embarque, fila, aeroporto*`),
  ],
};
const REFUNDS: Theme = {
  id: 'refunds',
  title: 'Refunds, fees and compensation',
  keywords: [
    ...w(`refund*, reimburs*, compensat*, money back, fee, fees, charge, charged, charges, surcharge*, change fee*,
      bag fee*, credit, credits, voucher*, travel credit, bill, billed, invoice*, deposit*, payment*, pay, paid, paying`),
    ...w(`rembours*, indemnis*, frais, erstatt*, rückerstatt*, entschädig*, gebühr*, reembols*, indemniz*, cargo*,
      tarifa, rimbors*, indennizz*, terugbetal*, vergoeding*, kosten, reembolso*, taxa*`),
  ],
};
const FARES: Theme = retitled(PRICE, 'Prices and fares', w('fare, fares, airfare*, ticket price*, rate, rates'));
const CLEANLINESS: Theme = {
  id: 'cleanliness',
  title: 'Cleanliness',
  keywords: [
    ...w(`clean, cleaned, cleaning, cleanliness, unclean, dirty, filthy, smell*, stink*, hygien*, unhygienic, toilet*,
      restroom*, lavator*, lav, bathroom*, stain*, cockroach*, bugs, mold, mould, dust*, sticky, dirtiest, dirtier`),
    ...w(`propre*, propreté, sale [-prix -vente -soldes], sauber*, schmutz*, dreckig, limpi*, sucio*, pulit*, pulizia,
      sporc*, schoon, vies, vieze, smerig, limpo*, limpeza, sujo*`),
  ],
};
const AMBIENCE: Theme = {
  id: 'ambience',
  title: 'Ambience and location',
  keywords: [
    ...w(`ambience, ambiance, atmosph*, decor, decoration, interior*, vibe*, music, location, located, parking,
      neighbourhood, neighborhood, view, views, cozy, cosy, lively`),
    ...w(`ambiance, décor*, emplacement, atmosphäre, ambiente, lage, ambiente, ubicación, atmosfera, posizione, sfeer,
      ligging, localização`),
  ],
};
const TRAVEL_COMMUNICATION: Theme = retitled(
  COMMUNICATION,
  'Information and updates',
  w('announcement*, no updates, no info, no information, nobody told, kept us informed, keep us informed, status update*'),
);

// Services and public sector: an administration, a clinic, a utility, a school, an agency.
const WAITING: Theme = {
  id: 'waiting',
  title: 'Waiting times and appointments',
  keywords: [
    ...w(`wait, waits, waited, waiting, waiting time*, wait time*, waiting list, appointment*, slot*, booking*, queue*,
      delay*, weeks, months, took ages, still waiting, slow, slowly, quick*, quickly, fast, promptly, timely,
      on time, response time`),
    ...w(`attente, attendre, attendu, rendez vous, délai*, lent*, rapide*, warten, wartezeit*, termin*, gewartet, schnell*,
      espera, esperar, cita*, rápid*, lent*, attesa, appuntament*, veloce, wachten, wachttijd*, afspraak, afspraken,
      snel*, marcação, demora*`),
  ],
};
const PAPERWORK: Theme = {
  id: 'paperwork',
  title: 'Forms, paperwork and process',
  keywords: [
    ...w(`form, forms, paperwork, document*, application*, applying, procedure*, process, processes, processing,
      bureaucra*, red tape, requirement*, eligib*, certificate*, permit*, licence*, license*, claim, claims, file,
      case, case number, reference number`),
    ...w(`formulaire*, dossier*, démarche*, procédure*, papier*, justificati*, formular*, antrag*, anträge,
      unterlagen, bürokratie, verfahren, formulario*, trámite*, solicitud*, documentaci*, modulo, moduli, pratic*,
      domanda, domande, burocrazia, formulier*, aanvraag, aanvragen, procedure, papierwerk, requerimento*`),
  ],
};
const ONLINE: Theme = {
  id: 'online',
  title: 'Online services and website',
  keywords: [
    ...w(`website, web site, site, online, portal, app, log in, login, logging in, sign in, password, account,
      upload*, download*, digital, e service*, link, links, broken link*, error*, crash*, not working`),
    ...w(`site internet, en ligne, application, compte, mot de passe, webseite*, online, konto, passwort, sitio web,
      página web, en línea, cuenta, contraseña, sito, in linea, account, website, inloggen, wachtwoord, aplicativo`),
  ],
};
const ACCESS: Theme = {
  id: 'access',
  title: 'Opening hours, access and facilities',
  keywords: [
    ...w(`opening hours, open, opened, closed, closing, hours, access, accessible, accessibility, wheelchair*, disabled,
      step free, parking, location, building, facilities, toilet*, waiting room, signage, signpost*, office*`),
    ...w(`horaires, ouvert*, fermé*, accès, accessibilit*, öffnungszeit*, geöffnet, geschlossen, zugang, barrierefrei*,
      horario*, abierto*, cerrado*, acceso, accesibilidad, orari*, aperto, chiuso, accesso, openingstijden, geopend,
      gesloten, toegang, toegankelijk*, horário*, aberto, fechado, acessibilidade`),
  ],
};
const OUTCOME: Theme = {
  id: 'outcome',
  title: 'Outcome and resolution',
  keywords: [
    ...w(`resolved, unresolved, solved, unsolved, fixed, sorted, sorted out, outcome, result, results, decision*,
      problem solved, issue resolved, still not, nothing done, nothing was done, no solution, solution*, followed up,
      follow up, follow through, refused, rejected, denied, approved, accepted`),
    ...w(`résolu*, solution*, décision*, refus*, résultat*, gelöst, lösung*, entscheidung*, abgelehnt, resuelto*,
      solución*, decisión*, rechaz*, risolt*, soluzione*, decision*, rifiut*, opgelost, oplossing*, besliss*,
      afgewezen, resolvido*, solução, decisão, recusad*`),
  ],
};
const SERVICE_STAFF: Theme = retitled(STAFF, 'Staff, advice and respect', w('doctor*, nurse*, officer*, adviser*, advisor*, caseworker*'));
const CONTACT: Theme = retitled(SUPPORT, 'Getting through (phone, e-mail, contact)', w('phone*, call, called, calling, phoned, e mail*'));
const FEES: Theme = retitled(PRICE, 'Fees and costs', BILLING.keywords);

export type { DomainId } from './domains.js';

/** A trade's themes, and the words that say a file comes from that trade. */
export interface DomainPack {
  readonly id: DomainId;
  readonly title: string;
  readonly themes: readonly Theme[];
  /**
   * Words typical of the trade's comments (keyword syntax): the share of comments using them picks the pack.
   * Only words that are rare elsewhere: "service" or "price" say nothing about a trade.
   */
  readonly cues: readonly string[];
}

export const DOMAIN_PACKS: readonly DomainPack[] = [
  {
    id: 'retail',
    title: 'Retail and e-commerce',
    themes: [PRICE, DELIVERY, SUPPORT, QUALITY, EASE_OF_USE, RELIABILITY, BILLING, STAFF, COMMUNICATION, AVAILABILITY, PACKAGING, STORE],
    cues: [
      ...w(`order*, deliver*, shipping, shipped, parcel*, store, shop, shops, shopping, bought, buy, buying, purchase*, product*,
        item*, size, sizes, fit, fits, fabric, dress*, shirt*, jeans, colour*, color*, stock, cart, checkout, plants, plantes,
        magasin*, boutique*, commande*, livraison*, produit*,
        achat*, taille, bestell*, geliefert, lieferung*, produkt*, gekauft, pedido*, tienda*, producto*, compr*, ordin*,
        negozi*, prodott*, acquist*, bestelling*, winkel*, gekocht, encomenda*, loja*, produto*`),
    ],
  },
  {
    id: 'software',
    title: 'Software and SaaS',
    themes: [
      EASE_OF_USE,
      RELIABILITY,
      FEATURES,
      INTEGRATIONS,
      COLLABORATION,
      SETUP,
      LEARNING,
      retitled(PRICE, 'Pricing and plans'),
      retitled(BILLING, 'Billing, subscriptions and licences'),
      SUPPORT,
      COMMUNICATION,
    ],
    cues: [
      ...w(`app, apps, software, tool, tools, feature*, function*, template*, board, boards, interface, ui, ux, bug*, crash*,
        login, install*, version*, update*, integrat*, plugin*, api, code, coding, programming, python, sql, excel, git,
        github, data, dashboard*, workflow*, user*, subscription*, plan, plans, browser, desktop, mobile, ipad, sync*,
        logiciel*, fonctionnalit*, anwendung*, funktion*, aplicación, herramienta*, funcionalidad*, applicazione,
        strumento, funzionalit*, programma, functie*, aplicativo, ferramenta*`),
    ],
  },
  {
    id: 'travel',
    title: 'Travel and hospitality',
    // A cancellation outweighs the delay before it: listed first, it wins a tie.
    themes: [
      CANCELLATIONS,
      DELAYS,
      BAGGAGE,
      BOOKING,
      CREW,
      PHONE_SUPPORT,
      SEATS,
      FOOD,
      ENTERTAINMENT,
      QUEUES,
      REFUNDS,
      FARES,
      CLEANLINESS,
      AMBIENCE,
      TRAVEL_COMMUNICATION,
    ],
    cues: [
      ...w(`flight*, flew, fly, flying, plane*, airline*, airport*, aircraft, gate, boarding, pilot*, crew, luggage, baggage,
        layover*, hotel*, room, rooms, stay, stayed, check in, reservation*, restaurant*, food, dish, dishes, menu, waiter*,
        table, dinner, lunch, breakfast, meal*, trip, travel*, vacation, holiday*, tour, guest*, vol, vols, avion*, hôtel*,
        chambre*, séjour*, flug, flüge, flugzeug*, zimmer, urlaub, vuelo*, avión, habitaci*, viaje*, volo, voli, aereo,
        albergo, viaggi*, vlucht*, vliegtuig*, kamer*, reis, voo, voos, avião, viagem, comida`),
    ],
  },
  {
    id: 'services',
    title: 'Services and public sector',
    themes: [WAITING, SERVICE_STAFF, CONTACT, COMMUNICATION, PAPERWORK, ONLINE, ACCESS, OUTCOME, FEES],
    cues: [
      ...w(`appointment*, council, government, office, officer*, application*, form, forms, paperwork, benefit*, tax, taxes,
        permit*, licence, license, clinic*, hospital*, doctor*, nurse*, patient*, gp, surgery, school*, teacher*,
        student*, parent*, course*, workshop*, training, instructor*, resident*, citizen*, public, municipal*, mairie,
        préfecture, dossier*, rendez vous, médecin*, école*, behörde*, amt, antrag*, arzt, ärzt*, termin*,
        schule*, ayuntamiento, trámite*, cita*, médico*, escuela*, comune, ufficio, medico, scuola, gemeente, afspraak,
        huisarts*, school, prefeitura, consulta*`),
    ],
  },
];

/** The pack of a domain. */
export function packOf(domain: DomainId): DomainPack {
  return DOMAIN_PACKS.find((pack) => pack.id === domain)!;
}

/** Today's retail themes: the pack a file gets when nothing else is known. */
export const THEMES: readonly Theme[] = packOf('retail').themes;
