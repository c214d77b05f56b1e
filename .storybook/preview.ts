import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    backgrounds: {
      options: {
        page: { name: 'Page', value: '#faf8fb' },
        white: { name: 'White', value: '#ffffff' },
        dark: { name: 'Dark', value: '#121016' },
      },
    },
    viewport: {
      options: {
        phone320: { name: 'Small phone (320)', styles: { width: '320px', height: '640px' } },
        phone390: { name: 'Phone (390)', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet (768)', styles: { width: '768px', height: '1024px' } },
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'page' }, locale: 'id' },
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets <html lang>, which elements without a locale follow)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale === 'en' ? 'en' : 'id';
      return story();
    },
  ],
};

export default preview;
