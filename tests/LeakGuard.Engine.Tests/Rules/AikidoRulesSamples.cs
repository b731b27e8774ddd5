using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AikidoRulesSamples
{
    private static readonly string Key = FakeKey.Of("AIK", "_CI_", FakeKey.Random(FakeKey.Base62, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("aikido-ci-token", Key, "AIKIDO_API_KEY")
        .FindsIn("aikido-ci-token", "the local scanner", $"aikido-local-scanner scan ./ --apikey {Key} --repositoryname app", Key)
        .Ignores("aikido-ci-token", "the docs' placeholder", "AIKIDO_API_KEY=AIK_CI_xxx");
}
