package org.quartiersnetz.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Replaces Payara's managed Micro container by {@link ReusablePayaraMicroContainer}. */
public class QuartiersnetzArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(
                DeployableContainer.class, PayaraMicroDeployableContainer.class, ReusablePayaraMicroContainer.class);
    }
}
