using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LeakGuard.CodeFixes;

/// <summary>Whether an expression must stay a compile-time constant (after StyleCop SA1122's <c>HasToBeConstant</c>).</summary>
internal static class ConstantContext
{
    /// <summary>The <c>const</c> field or local whose initializer is <paramref name="expression"/>, if any.</summary>
    public static VariableDeclaratorSyntax? ConstDeclarator(ExpressionSyntax expression)
    {
        var outermost = OutermostConstantOperand(expression);
        if (outermost.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
        {
            return null;
        }

        return declarator.Parent?.Parent switch
        {
            FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => declarator,
            LocalDeclarationStatementSyntax local when local.IsConst => declarator,
            _ => null,
        };
    }

    /// <summary>
    /// True where only a constant compiles: attribute arguments, <c>case</c> labels, constant and relational
    /// patterns, default parameter values, enum members and <c>const</c> initializers.
    /// </summary>
    public static bool RequiresConstant(ExpressionSyntax expression)
    {
        var outermost = OutermostConstantOperand(expression);
        return ConstDeclarator(outermost) is not null || outermost.Parent switch
        {
            AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or RelationalPatternSyntax => true,
            BinaryExpressionSyntax isPattern when isPattern.IsKind(SyntaxKind.IsExpression) => isPattern.Right == outermost,
            EqualsValueClauseSyntax { Parent: ParameterSyntax or EnumMemberDeclarationSyntax } => true,
            _ => false,
        };
    }

    private static ExpressionSyntax OutermostConstantOperand(ExpressionSyntax expression)
    {
        SyntaxNode current = expression;
        while (current.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax or CastExpressionSyntax or
               ConditionalExpressionSyntax or CheckedExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax)
        {
            // In `s is Name` the right side is a constant pattern written as a type: it is where the constant is needed.
            if (current.Parent.IsKind(SyntaxKind.IsExpression) && ((BinaryExpressionSyntax)current.Parent).Right == current)
            {
                break;
            }

            current = current.Parent;
        }

        return (ExpressionSyntax)current;
    }
}
