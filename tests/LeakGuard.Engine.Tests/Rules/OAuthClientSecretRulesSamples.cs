using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OAuthClientSecretRulesSamples
{
    private static readonly string Secret = FakeKey.Of("m1f3", FakeKey.Random(FakeKey.Base62, 24, 33), "Hz7A");


    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("oauth-client-secret", "Quarkus's OIDC settings", $"quarkus.oidc.auth-server-url=https://sso.internal/realms/shop\nquarkus.oidc.client-id=gateway\nquarkus.oidc.credentials.secret={Secret}\n", Secret)
        .FindsIn("oauth-client-secret", "Spring Security's client registration", $"spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n            client-id: shop\n            client-secret: {Secret}\n", Secret)
        .FindsIn("oauth-client-secret", "a JSON setting", $"{{ \"ClientId\": \"shop\", \"ClientSecret\": \"{Secret}\" }}", Secret)
        .Ignores("oauth-client-secret", "a generated serializer's map of type names to classes", "let typeMap = {\n    \"OAuth2ClientSecret\": OAuth2ClientSecret_1.OAuth2ClientSecret,\n    \"OAuth2ClientSecretRequestBody\": OAuth2ClientSecretRequestBody_1.OAuth2ClientSecretRequestBody,\n};")
        .Ignores("oauth-client-secret", "references, words and a secret's id", "client-secret: ${KEYCLOAK_CLIENT_SECRET}\nclient_secret=your-client-secret-goes-here\n\"clientSecretId\": \"6f2c1d0e-51e4-4c1b-9f0a-3e2d1c0b9a87\"")
        .Ignores("oauth-client-secret", "a Stripe PaymentIntent's client secret, made for the browser", $"{{\"id\": \"pi_{FakeKey.Random(FakeKey.Base62, 24, 35)}\", \"client_secret\": \"pi_{FakeKey.Random(FakeKey.Base62, 24, 35)}_secret_{FakeKey.Random(FakeKey.Base62, 25, 36)}\"}}");
}
