/** The product's name: the brand in the header and footer, and the end of every page title. */
export const APP_NAME = 'Heatline';
