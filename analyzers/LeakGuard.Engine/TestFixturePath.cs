using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>
/// Whether a file's path says it holds material made for tests or documentation: a folder such as <c>test</c>,
/// <c>testdata</c>, <c>fixtures</c>, <c>spec</c>, <c>examples</c>, Perl's <c>t</c> or a .NET test project
/// (<c>MyApp.Tests</c>), or a file named as a test (<c>server_test.go</c>, <c>test-key.pem</c>, <c>CryptoTests.cs</c>).
/// </summary>
public static class TestFixturePath
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "testdata", "testing", "testfixtures", "unittests", "integrationtests", "functionaltests",
        "fixture", "fixtures", "spec", "specs", "example", "examples",
    };

    private static readonly char[] Separators = { '/', '\\' };

    private static readonly char[] WordSeparators = { '.', '_', '-', ' ' };

    public static bool Matches(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var segments = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Trim('_');
            if ((i < segments.Length - 1 && segment == "t") || HasTestWord(segment) || (i == segments.Length - 1 && IsNamedAsATest(segment)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTestWord(string segment)
    {
        foreach (var word in segment.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Words.Contains(word.Trim('_')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type's file named after its tests, in Pascal case: <c>CryptoTests.cs</c>, <c>SignerTest.java</c>, <c>TokenSpec.scala</c>.</summary>
    private static bool IsNamedAsATest(string fileName)
    {
        var dot = fileName.IndexOf('.');
        var stem = dot < 0 ? fileName : fileName.Substring(0, dot);
        return stem.Length > 4 && char.IsUpper(stem[0])
            && (stem.EndsWith("Tests", StringComparison.Ordinal) || stem.EndsWith("Test", StringComparison.Ordinal) || stem.EndsWith("Spec", StringComparison.Ordinal));
    }
}
