using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OnfidoRulesSamples
{
    private static readonly string Token = FakeKey.Of("api_", "live.", FakeKey.Random(FakeKey.UrlSafe, 11, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 32, 2));

    private static readonly string UsToken = FakeKey.Of("api_", "live_us.", FakeKey.Random(FakeKey.UrlSafe, 11, 3), ".", FakeKey.Random(FakeKey.UrlSafe, 32, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("onfido-api-token", Token, "ONFIDO_API_TOKEN")
        .FindsIn("onfido-api-token", "an Authorization header", $"\"Authorization\": \"Token token={UsToken}\"", UsToken)
        .Ignores("onfido-api-token", "a sandbox token", $"value: api_sandbox.{FakeKey.Random(FakeKey.UrlSafe, 11, 5)}.{FakeKey.Random(FakeKey.UrlSafe, 32, 6)}");
}
