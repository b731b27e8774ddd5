using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MiroRulesSamples
{
    private static readonly string Key = FakeKey.Of("eyJtaXJvLm9yaWdpbiI6", "ImV1MDEifQ", "_", FakeKey.Random(FakeKey.UrlSafe, 27, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("miro-access-token", Key, "MIRO_ACCESS_TOKEN")
        .FindsIn("miro-access-token", "a bearer header in C#", $"request.AddHeader(\"authorization\", \"Bearer {Key}\");", Key)
        .Ignores("miro-access-token", "the data centre's part alone", "const origin = \"eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ\";");
}
