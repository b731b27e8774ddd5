using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RevenueCatRulesSamples
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly string SecretKey = FakeKey.Of("sk", "_", FakeKey.Random(Letters, 29, 41));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("revenuecat-secret-api-key", SecretKey, "REVENUECAT_SECRET_KEY")
        .FindsIn("revenuecat-secret-api-key", "a fallback beside the REST API's host", $"REVENUECAT_API_KEY = os.getenv(\"REVENUECAT_API_KEY\", \"{SecretKey}\")\nurl = f\"https://api.revenuecat.com/v1/subscribers/{{user_id}}\"\n", SecretKey)
        .Ignores("revenuecat-secret-api-key", "no RevenueCat nearby", $"\"key\": \"{SecretKey}\"")
        .Ignores("revenuecat-secret-api-key", "a name in code after sk_", "revenuecat_key = sk_" + "RevenueCatSecretKeyForServers")
        .Ignores("revenuecat-secret-api-key", "an app's public SDK key", $"Purchases.configure(apiKey: \"appl_{FakeKey.Random(Letters, 27, 42)}\") // RevenueCat");
}
