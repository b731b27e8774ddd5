using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AgoraRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("agora-app-certificate", Key, "AGORA_APP_CERTIFICATE")
        .FindsIn("agora-app-certificate", "a token server", $"const appId = \"" + FakeKey.Random(FakeKey.Hex, 32, 2) + $"\";\nconst appCertificate = \"{Key}\";", Key)
        .Ignores("agora-app-certificate", "the App ID", $"const appId = \"{Key}\";");
}
