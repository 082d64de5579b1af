/** For packages that test downloads without depending on @storeloom/pdf themselves. */
export { extractPdfText } from '@storeloom/pdf/testing';
