using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PinataRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 64, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pinata-api-secret", Key, "PINATA_SECRET_API_KEY")
        .FindsIn("pinata-api-secret", "axios headers", $"headers: {{\n  pinata_api_key: \"" + FakeKey.Random(FakeKey.Hex, 20, 2) + $"\",\n  pinata_secret_api_key: \"{Key}\",\n}}", Key)
        .Ignores("pinata-api-secret", "63 digits", $"value: {Key[..63]}");
}
