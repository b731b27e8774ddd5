using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LemonSqueezyRulesSamples
{
    private static readonly string OtherToken = TestKeys.JwtOf("{\"typ\":\"JWT\",\"alg\":\"RS256\"}", "{\"aud\":\"" + FakeKey.Random(FakeKey.Hex, 32, 4) + "\"}", 342, 5);

    private static readonly string Key = TestKeys.JwtOf("{\"typ\":\"JWT\",\"alg\":\"RS256\"}", "{\"aud\":\"94d59cef-dbb8-4ea5-b178-d2540fcd6919\",\"jti\":\"" + FakeKey.Random(FakeKey.Hex, 80, 1) + "\",\"iat\":1716239022.5,\"sub\":\"" + FakeKey.Random(TestKeys.Digits, 6, 2) + "\",\"scopes\":[]}", 342, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("lemonsqueezy-api-key", Key, "LEMONSQUEEZY_API_KEY")
        .FindsIn("lemonsqueezy-api-key", "the SDK's setup", $"lemonSqueezySetup({{ apiKey: \"{Key}\" }});", Key)
        .FindsIn("jwt", "another RS256 token is no Lemon Squeezy key", $"value: {OtherToken}", OtherToken)
        .Ignores("lemonsqueezy-api-key", "an expired key", $"value: {TestKeys.JwtOf("{\"typ\":\"JWT\",\"alg\":\"RS256\"}", "{\"aud\":\"94d59cef-dbb8-4ea5-b178-d2540fcd6919\",\"jti\":\"" + FakeKey.Random(FakeKey.Hex, 80, 6) + "\",\"exp\":1718831022}", 342, 7)}");
}
