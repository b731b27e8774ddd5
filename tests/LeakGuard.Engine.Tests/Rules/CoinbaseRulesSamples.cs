using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CoinbaseRulesSamples
{
    // Base 64 of an Ed25519 key's 64 bytes.
    private static readonly string Secret = FakeKey.Random(FakeKey.Base64, 86, 1) + "==";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("coinbase-cdp-api-key-secret", "the SDK's environment variables", $"CDP_API_KEY_ID={TestKeys.Uuid(2)}\nCDP_API_KEY_SECRET={Secret}\n", Secret)
        .FindsIn("coinbase-cdp-api-key-secret", "the TypeScript client's options", $"import {{ CdpClient }} from \"@coinbase/cdp-sdk\";\nconst cdp = new CdpClient({{ apiKeyId: process.env.CDP_API_KEY_ID, apiKeySecret: \"{Secret}\" }});", Secret)
        .Ignores("coinbase-cdp-api-key-secret", "no Coinbase near", $"value: {Secret}")
        .FindsIn("generic-secret", "one character short: a generic secret at most", $"CDP_API_KEY_SECRET={Secret[1..]}\n", Secret[1..]);
}
