using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SumoLogicRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 64, 1);

    private static readonly string AccessId = FakeKey.Of("su", FakeKey.Random(FakeKey.Base62, 12, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sumologic-access-key", Key, "SUMO_ACCESS_KEY")
        .FindsIn("sumologic-access-key", "Terraform's provider", $"provider \"sumologic\" {{\n  access_id  = \"{AccessId}\"\n  access_key = \"{Key}\"\n}}", Key)
        .Ignores("sumologic-access-key", "no Sumo Logic near", $"value: {Key}")
        .Ignores("sumologic-access-key", "no capital", $"sumologic: {FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 64, 3)}");
}
