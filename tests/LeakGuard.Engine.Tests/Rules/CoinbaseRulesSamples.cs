using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CoinbaseRulesSamples
{
    // Base 64 of an Ed25519 key's 64 bytes.
    private static readonly string Secret = FakeKey.Random(FakeKey.Base64, 86, 1) + "==";

    private static readonly string CommerceKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 2), "-", FakeKey.Random(FakeKey.Hex, 4, 3), "-4", FakeKey.Random(FakeKey.Hex, 3, 4), "-a", FakeKey.Random(FakeKey.Hex, 3, 5), "-", FakeKey.Random(FakeKey.Hex, 12, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("coinbase-cdp-api-key-secret", "the SDK's environment variables", $"CDP_API_KEY_ID={TestKeys.Uuid(2)}\nCDP_API_KEY_SECRET={Secret}\n", Secret)
        .FindsIn("coinbase-cdp-api-key-secret", "the TypeScript client's options", $"import {{ CdpClient }} from \"@coinbase/cdp-sdk\";\nconst cdp = new CdpClient({{ apiKeyId: process.env.CDP_API_KEY_ID, apiKeySecret: \"{Secret}\" }});", Secret)
        .Ignores("coinbase-cdp-api-key-secret", "no Coinbase near", $"value: {Secret}")
        .FindsIn("generic-secret", "one character short: a generic secret at most", $"CDP_API_KEY_SECRET={Secret[1..]}\n", Secret[1..])
        .FindsIn("coinbase-commerce-api-key", "a request's headers", $"HEADERS = {{\n    \"X-CC-Api-Key\": \"{CommerceKey}\",\n    \"X-CC-Version\": \"2018-03-22\",\n}}\n", CommerceKey)
        .Ignores("coinbase-commerce-api-key", "the key read from the environment", "headers = { 'X-CC-Api-Key': process.env.COINBASE_COMMERCE_KEY }");
}
