using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PlayFabRulesSamples
{
    private static readonly string Key = FakeKey.Random(TestKeys.UpperAlphanumeric, 50, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("playfab-secret-key", Key, "PLAYFAB_SECRET_KEY")
        .FindsIn("playfab-secret-key", "the Unity SDK's settings in C#", $"PlayFabSettings.staticSettings.TitleId = \"{FakeKey.Random(TestKeys.UpperHex, 5, 2)}\";\nPlayFabSettings.staticSettings.DeveloperSecretKey = \"{Key}\";\n", Key)
        .FindsIn("playfab-secret-key", "the Node SDK's settings", $"const {{ PlayFabServer }} = require('playfab-sdk');\nPlayFab.settings.titleId = '{FakeKey.Random(TestKeys.UpperHex, 5, 2)}';\nPlayFab.settings.developerSecretKey = '{Key}';\n", Key)
        .FindsIn("playfab-secret-key", "the X-SecretKey header in Python", $"headers = {{\"X-SecretKey\": \"{Key}\", \"Content-Type\": \"application/json\"}}\n", Key)
        .FindsIn("playfab-secret-key", "an Azure Function's local.settings.json", $"{{\n  \"Values\": {{\n    \"PLAYFAB_TITLE_ID\": \"{FakeKey.Random(TestKeys.UpperHex, 5, 2)}\",\n    \"PLAYFAB_DEV_SECRET_KEY\": \"{Key}\"\n  }}\n}}\n", Key)
        .Ignores("playfab-secret-key", "no PlayFab named", $"\"sku\": \"{Key}\"")
        .Ignores("playfab-secret-key", "capitals only", $"playfab: {FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 50, 3)}")
        .Ignores("playfab-secret-key", "one character short", $"playfab: {Key[..^1]}");
}
