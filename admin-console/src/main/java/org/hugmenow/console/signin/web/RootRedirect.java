package org.hugmenow.console.signin.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's root leads to the employee app, which most visitors are; its sign-in screen
 * and the console's employee page link the two, so admins are one click from the console.
 */
@WebServlet(urlPatterns = "")
public class RootRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/app/");
    }
}
