package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.el.ext.AstTuple;
import com.hubspot.jinjava.el.ext.ExtendedScanner;
import com.hubspot.jinjava.el.ext.StringConcatOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Parser;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstFunction;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.javax.el.ELContext;

/**
 * Jinjava's expression syntax as Jinja's: the EL's extra keywords ({@code empty}, {@code div}, {@code eq} ...) are
 * plain names, and Python's operators replace Jinjava's where they differ ({@link PyOperators}): {@code ==} and
 * {@code !=} compare any two values without coercing one to the other's type, {@code and} gives one of its operands,
 * {@code "%s items" % n} formats, {@code ~} and {@code +} keep {@code Markup} safe, {@code '-' * 3} repeats. An
 * attribute of an undefined value raises ({@link UndefinedLookups}); a call of a callable variable goes straight to
 * it ({@link CallExpression}).
 */
final class FlaskSyntaxBuilder extends ExtendedSyntaxBuilder {

    private static final long serialVersionUID = 1L;

    /** The EL's keywords that are ordinary names in Jinja ({@code {{ empty }}}, {@code {{ div }}}, ...). */
    private static final Set<String> EL_ONLY_KEYWORDS = Set.of("empty", "div", "mod", "eq", "ne", "lt", "gt", "le",
            "ge", "instanceof");

    FlaskSyntaxBuilder() {
        super(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    }

    @Override
    protected Parser createParser(String expression) {
        return new ExtendedParser(this, expression) {
            {
                putExtensionHandler(StringConcatOperator.TOKEN, new ExtensionHandler(ExtensionPoint.ADD) {
                    @Override
                    public AstNode createAstNode(AstNode... children) {
                        return new AstBinary(children[0], children[1], PyOperators.CONCAT);
                    }
                });
            }

            @Override
            protected Scanner createScanner(String expression) {
                return new ExtendedScanner(expression) {
                    @Override
                    protected Token keyword(String word) {
                        return EL_ONLY_KEYWORDS.contains(word) ? null : super.keyword(word);
                    }
                };
            }

            @Override
            protected AstTuple createAstTuple(AstParameters parameters) {
                return new AstTuple(parameters) {
                    @Override
                    public Object eval(Bindings bindings, ELContext context) {
                        List<?> items = (List<?>) super.eval(bindings, context);
                        return new PyTuple(Collections.unmodifiableList(new ArrayList<>(items)));
                    }
                };
            }

            @Override
            protected AstDot createAstDot(AstNode prefix, String name, boolean lvalue) {
                return new UndefinedLookups.Dot(prefix, name, lvalue);
            }

            @Override
            protected AstBracket createAstBracket(AstNode prefix, AstNode property, boolean lvalue, boolean strict) {
                return new UndefinedLookups.Bracket(prefix, property, lvalue, strict);
            }

            @Override
            protected AstFunction createAstFunction(String name, int index, AstParameters params) {
                return new CallExpression(name, index, params, context.isEnabled(Builder.Feature.VARARGS));
            }

            @Override
            protected AstBinary createAstBinary(AstNode left, AstNode right, AstBinary.Operator operator) {
                return super.createAstBinary(left, right, PyOperators.python(operator));
            }
        };
    }
}
