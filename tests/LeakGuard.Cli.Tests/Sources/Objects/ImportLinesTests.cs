using System.Linq;
using System.Text;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

public sealed class ImportLinesTests
{
    [Theory]
    [InlineData("// Licensed under MIT.\nusing System;\nusing Twilio.Rest;\n\nnamespace App;\n", "using System;\nusing Twilio.Rest;\n")]
    [InlineData("#!/usr/bin/env python\n\"\"\"Sends the report.\n\nTo Datadog.\n\"\"\"\nimport os\nfrom datadog import api\n", "import os\nfrom datadog import api\n")]
    [InlineData("/*\n Copyright 2026\n*/\npackage app;\n\nimport com.twilio.Twilio;\n", "import com.twilio.Twilio;\n")]
    [InlineData("'use strict';\nconst twilio = require('twilio');\n", "const twilio = require('twilio');\n")]
    public void Import_lines_below_a_text_s_preamble_are_found_as_whole_lines(string head, string imports)
    {
        var text = head + "\nvar client = Connect();\nimport later\n";

        var ranges = ImportLines.In(Encoding.UTF8.GetBytes(text));

        Assert.Equal(imports, string.Concat(ranges.Select(r => text[r.Start..r.End])));
    }

    [Fact]
    public void Runs_of_import_lines_come_as_one_range_each()
    {
        const string Text = "using System;\nusing System.Linq;\n\nusing Stripe;\nclass A {}\n";

        Assert.Equal([(0, 33), (34, 48)], ImportLines.In(Encoding.UTF8.GetBytes(Text)));
    }

    [Fact]
    public void Imports_below_the_first_line_of_code_past_the_head_or_on_an_unfinished_line_are_not_looked_for()
    {
        Assert.Empty(ImportLines.In("value = compute()\nimport datadog\n"u8));
        Assert.Empty(ImportLines.In(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("# a comment line\n", 300)) + "import datadog\n")));
        Assert.Empty(ImportLines.In("import datadog"u8));
    }

    [Fact]
    public void Windows_and_import_lines_are_joined_in_order()
    {
        Assert.Equal([(0, 30), (100, 250)], ScanWindows.Joined([(100, 200), (180, 250)], [(0, 20), (10, 30)]));
    }
}
