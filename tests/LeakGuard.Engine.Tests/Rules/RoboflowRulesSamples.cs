using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RoboflowRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 20, 1);

    private static readonly string OneDigitKey = FakeKey.Of(FakeKey.Random(TestKeys.Letters, 11, 3), "7", FakeKey.Random(TestKeys.Letters, 8, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("roboflow-api-key", Key, "ROBOFLOW_API_KEY")
        .FindsIn("roboflow-api-key", "the Python client", $"rf = Roboflow(api_key=\"{Key}\")", Key)
        .Ignores("roboflow-api-key", "no Roboflow named", $"value: {Key}")
        .FindsByName("roboflow-api-key", "the client given a variable", $"from roboflow import Roboflow\nAPI_KEY = \"{Key}\"", "rf = Roboflow(api_key=API_KEY)", Key)
        .FindsIn("roboflow-api-key", "a key the draw gave one digit", $"rf = Roboflow(api_key=\"{OneDigitKey}\")", OneDigitKey)
        .Ignores("roboflow-api-key", "words of a placeholder", "rf = Roboflow(api_key=\"MyRoboflowPrivateKey\")");
}
