// SmerteReg: Norwegian bokmål (locales/nb.json, ours) unless the browser asks for English first; Camunda's
// defaults otherwise.
export default {
  locales: {
    availableLocales: ['nb', 'en'],
    fallbackLocale: 'nb'
  }
};
