export default {
  providers: process.env.DEV_AUTH_ISSUER
    ? [
        {
          type: "customJwt",
          issuer: process.env.DEV_AUTH_ISSUER,
          jwks: `${process.env.DEV_AUTH_ISSUER}/.well-known/jwks.json`,
          algorithm: "RS256",
          applicationID: "convex",
        },
      ]
    : [],
};
