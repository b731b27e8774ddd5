using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class N8nRulesSamples
{
    private static readonly string Key = TestKeys.JwtOf("{\"sub\":\"" + FakeKey.Random(FakeKey.Hex, 8, 1) + "-1c2d-4e5f-8a9b-" + FakeKey.Random(FakeKey.Hex, 12, 2) + "\",\"iss\":\"n8n\",\"aud\":\"public-api\",\"iat\":1716239022}", 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("n8n-api-key", Key, "N8N_API_KEY")
        .FindsIn("n8n-api-key", "the API's header", $"headers = {{\"X-N8N-API-KEY\": \"{Key}\"}}", Key)
        .Ignores("n8n-api-key", "an expired key", $"X-N8N-API-KEY: {TestKeys.JwtOf("{\"sub\":\"" + FakeKey.Random(FakeKey.Hex, 8, 4) + "-1c2d-4e5f-8a9b-" + FakeKey.Random(FakeKey.Hex, 12, 5) + "\",\"iss\":\"n8n\",\"aud\":\"public-api\",\"iat\":1716239022,\"exp\":1718831022}", 6)}");
}
