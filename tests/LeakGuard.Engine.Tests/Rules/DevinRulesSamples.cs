using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DevinRulesSamples
{
    private static readonly string Key = FakeKey.Of("apk_", "user_", FakeKey.Random(FakeKey.Base64, 148, 1));

    private static readonly string ServiceToken = FakeKey.Of("co", "g_", FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 52, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("devin-api-key", Key, "DEVIN_API_KEY")
        .FindsIn("devin-api-key", "a service user's token", $"DEVIN_SERVICE_TOKEN={ServiceToken}\n", ServiceToken)
        .Ignores("devin-api-key", "too short", $"value: {ServiceToken[..^1]}");
}
