using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JwtRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jwt", TestKeys.Jwt(), "ACCESS_JWT")
        .FindsIn("jwt", "bearer header", $"Authorization: Bearer {TestKeys.Jwt(2)}", TestKeys.Jwt(2))
        .Ignores("jwt", "two segments", string.Join(".", TestKeys.Jwt().Split('.')[..2]))
        .Ignores("jwt", "short signature", TestKeys.Jwt()[..(TestKeys.Jwt().LastIndexOf('.') + 8)]);
}
