/** Proclitics that attach to a word without a space: conjunctions و ف, prepositions ب ل ك; in the order `stems` tries them (one or two letters each). */
export const PROCLITICS: readonly string[] = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
