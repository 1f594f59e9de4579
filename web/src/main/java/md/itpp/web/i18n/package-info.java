/** The user's language, translated enum labels and dates, and access to the text bundle. */
package md.itpp.web.i18n;
