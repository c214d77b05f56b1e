export function squeezeCss(body: string): string;
export function squeezeLitCss(code: string): string;
