using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IdeogramRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.UrlSafe, 86, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ideogram-api-key", Key, "IDEOGRAM_API_KEY")
        .FindsIn("ideogram-api-key", "a .env line", $"IDEOGRAM_API_KEY={Key}\n", Key)
        .Ignores("ideogram-api-key", "no Ideogram named", $"value: {Key}");
}
