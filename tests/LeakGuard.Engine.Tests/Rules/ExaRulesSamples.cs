using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ExaRulesSamples
{
    private static readonly string Key = TestKeys.Uuid(1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("exa-api-key", Key, "EXA_API_KEY")
        .FindsIn("exa-api-key", "the Python client", $"exa = Exa(api_key=\"{Key}\")", Key)
        .Ignores("exa-api-key", "an example UUID", $"example_id = \"{Key}\"")
        .Ignores("exa-api-key", "a class id beside a Windows call that ends in ExA(", $"HHPathRegKey = 'CLSID\\{{{Key}}}\\InprocServer32';\nif RegOpenKeyExA(HKEY_CLASSES_ROOT, PChar(HHPathRegKey), 0, KEY_QUERY_VALUE, HHKey) = ERROR_SUCCESS then");
}
