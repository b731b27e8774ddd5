using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PyPiRules
{
    private static readonly Remediation Remediation = new("https://pypi.org/manage/account/token/", "PyPI:Token", "PYPI_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pypi-token",
            "PyPI",
            "PyPI or TestPyPI upload token",
            Patterns.Token("pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}"),
            new[] { "pypi-AgE" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
