using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NpmRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("npm-access-token", TestKeys.Npm(), "NPM_TOKEN")
        .FindsIn("npm-access-token", ".npmrc", $"//registry.npmjs.org/:_authToken={TestKeys.Npm(2)}", TestKeys.Npm(2))
        .Ignores("npm-access-token", "checksum does not match", TestKeys.Npm()[..^1] + (TestKeys.Npm()[^1] == 'A' ? "B" : "A"))
        .Ignores("npm-access-token", "placeholder", "np" + "m_" + new string('x', 36));
}
