// The page widget is one script, so nothing in it can load later: the views that draw TeX
// formulas (KaTeX) and Mermaid diagrams, hundreds of kB that most pages never use, are left out.
// This module stands in for them (vite.config.ts); loading it fails, and a formula or a
// ```mermaid block keeps showing its source, as it does while those views load in an app.
throw new Error('Formulas and diagrams are shown as their source in the page widget.');
