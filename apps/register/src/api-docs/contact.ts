/** Where third parties ask the register office for an API key (shown on the API page). */
export const API_KEY_REQUEST_ADDRESS = 'registerbureau@schoolleidersregister.nl';
