using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RefinitivRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("refinitiv-app-key", Key, "EIKON_APP_KEY")
        .FindsIn("refinitiv-app-key", "the Python library", $"import eikon as ek\nek.set_app_key(\"{Key}\")\n", Key)
        .Ignores("refinitiv-app-key", "39 digits", $"ek.set_app_key(\"{Key[..39]}\")");
}
