/** Config file names, looked for in this order in the working folder; light, safe on the --help path. */
export const CONFIG_FILES = ['centricity.config.yaml', 'centricity.config.yml', 'centricity.config.json', 'centricity.config.js'] as const;
