using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DandelionRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dandelion-api-token", Key, "DANDELION_TOKEN")
        .FindsByName("dandelion-api-token", "a variable the URL takes", $"var token = \"{Key}\";", "req.open(\"GET\", \"https://api.dandelion.eu/datatxt/li/v1?text=\" + textInput + \"&token=\" + token, true);", Key)
        .Ignores("dandelion-api-token", "no Dandelion named", $"value: {Key}");
}
