/**
 * Words too common to be a topic, in the languages the themes cover. Used only to list the
 * frequent terms that no theme catches.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below between both but by
can can't cannot could couldn't did didn't do does doesn't doing don't down during each even ever every few for from further get got
had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's
its itself just let's like me more most much must my myself no nor not now of off on once one only or other ought our ours ourselves
out over own really same she should shouldn't so some still such than that that's the their theirs them themselves then there there's
these they they're this those through to too under until up us use used using very was wasn't way we we're were weren't what when
where which while who whom why will with won't would wouldn't you you're your yours yourself also am ok okay yes thing things lot
well bit get gets go going make made would could back since though want need know think see something anything nothing always never
le la les un une des du de d' l' et est en au aux ce ces cette il elle ils elles je j'ai nous vous on ne pas plus pour par sur dans
avec sans qui que qu' quoi mais ou où donc car très trop tout tous toute toutes mon ma mes son sa ses leur leurs notre nos votre vos
été être avoir ai as a avons avez ont suis es sommes êtes sont fait faire bien peu y c'est n'est d'un d'une l'on se s' m' t' n'
der die das ein eine einer eines und ist sind war waren nicht mit von zu zum zur im in auf für aus bei sehr auch noch nur aber oder
wie was wer ich du er sie es wir ihr mein dein sein unser euer man hat haben habe wird werden kann können den dem des als an
el los las uno una unos unas y es son fue era no con por para del al lo que se su sus muy más pero o como mi mis tu yo
il lo gli i uno una e è sono non con per del della che si suo sua molto più ma o come mio
de het een en is zijn was niet met van te voor op in dat die deze ook maar of als wat ik je jij hij zij wij mijn heel`
    .split(/\s+/)
    .filter(Boolean),
);
