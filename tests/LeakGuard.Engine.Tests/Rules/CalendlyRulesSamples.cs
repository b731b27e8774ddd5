using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CalendlyRulesSamples
{
    private static readonly string Key = TestKeys.JwtOf("{\"kid\":\"1ce1e13617dcf766b3cebccf8dc5bafa8a65e684023f7c32be8349b2380135b4\",\"typ\":\"PAT\",\"alg\":\"ES256\"}", "{\"iss\":\"https://auth.calendly.com\",\"iat\":1716239022,\"jti\":\"" + FakeKey.Random(FakeKey.Hex, 32, 1) + "\",\"user_uuid\":\"" + FakeKey.Random(FakeKey.Hex, 32, 2) + "\"}", 86, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("calendly-personal-access-token", Key, "CALENDLY_API_TOKEN")
        .FindsIn("calendly-personal-access-token", "a bearer header", $"headers: {{ Authorization: `Bearer {Key}` }}", Key)
        .FindsIn("jwt", "another JWT is no Calendly token", $"value: {TestKeys.Jwt(4)}", TestKeys.Jwt(4))
        .Ignores("calendly-personal-access-token", "the header alone", "value: eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ");
}
