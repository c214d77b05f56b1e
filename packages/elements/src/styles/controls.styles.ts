import { a11y } from './a11y.styles.js';
import { buttons } from './buttons.styles.js';
import { fields } from './fields.styles.js';
import { notices } from './notices.styles.js';
import { surfaces } from './surfaces.styles.js';

/**
 * Everything every element draws the same way, for the elements with forms. An element that
 * needs only some of it (the campaign list, the provider) imports those modules instead.
 */
export const controls = [a11y, buttons, fields, notices, surfaces];
