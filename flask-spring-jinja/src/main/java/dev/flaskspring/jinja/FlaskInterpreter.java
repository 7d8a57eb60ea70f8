package dev.flaskspring.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.output.BlockInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinjava's interpreter as Jinja behaves: templates named by {@code extends}, {@code include}, {@code import} and
 * {@code from} come parsed from the engine's cache instead of being parsed again at each render, and a fatal error
 * stops the render with an exception (the app's own exception when its code raised one) instead of being collected
 * while rendering goes on. It also keeps each block's chain of definitions, child first, for {@code super()}.
 */
final class FlaskInterpreter extends JinjavaInterpreter {

    private final FlaskJinjava jinjava;
    private Map<String, List<BlockInfo>> blockChains;

    FlaskInterpreter(FlaskJinjava jinjava, Context context, JinjavaConfig config) {
        super(jinjava, context, config);
        this.jinjava = jinjava;
    }

    private FlaskInterpreter(FlaskInterpreter parent) {
        super(parent);
        this.jinjava = parent.jinjava;
    }

    @Override
    public Node parse(String template) {
        Node parsed = jinjava.templates().parsed(template);
        return parsed != null ? parsed : super.parse(template);
    }

    @Override
    public void addBlock(String name, BlockInfo block) {
        super.addBlock(name, block);
        if (blockChains == null) {
            blockChains = new HashMap<>();
        }
        List<BlockInfo> chain = blockChains.computeIfAbsent(name, n -> new ArrayList<>(2));
        if (chain.stream().noneMatch(known -> known.getNodes() == block.getNodes())) {
            chain.add(block);
        }
    }

    /** The definition of a block after the one made of {@code nodes} (its parent template's), or an empty list. */
    List<? extends Node> blockAfter(List<? extends Node> nodes) {
        for (List<BlockInfo> chain : blockChains == null ? List.<List<BlockInfo>>of() : blockChains.values()) {
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).getNodes() == nodes) {
                    return i + 1 < chain.size() ? chain.get(i + 1).getNodes() : List.of();
                }
            }
        }
        return List.of();
    }

    /** Renders the most derived definition of block {@code name}, for {@code self.name()}; empty when none. */
    SafeString renderBlock(String name) {
        List<BlockInfo> chain = blockChains == null ? null : blockChains.get(name);
        if (chain == null || chain.isEmpty()) {
            throw new TemplateRuntimeError("The template has no block named '" + name + "'", null);
        }
        StringBuilder out = new StringBuilder();
        try (InterpreterScopeClosable scope = enterScope()) {
            getContext().setSuperBlock(chain.size() > 1 ? chain.get(1).getNodes() : List.of());
            for (Node node : chain.get(0).getNodes()) {
                out.append(node.render(this).getValue());
            }
        }
        return new SafeString(out.toString());
    }

    @Override
    public void addError(TemplateError error) {
        if (error != null && error.getSeverity() == TemplateError.ErrorType.FATAL) {
            throw RenderErrors.toException(error);
        }
        super.addError(error);
    }

    /** Makes the interpreters of imported templates and macro calls of the same kind. */
    static final class Factory implements InterpreterFactory {

        @Override
        public JinjavaInterpreter newInstance(JinjavaInterpreter parent) {
            return parent instanceof FlaskInterpreter flask ? new FlaskInterpreter(flask) : new JinjavaInterpreter(parent);
        }

        @Override
        public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig config) {
            return application instanceof FlaskJinjava flask ? new FlaskInterpreter(flask, context, config)
                    : new JinjavaInterpreter(application, context, config);
        }
    }
}
